// Which council's meetings the meetings page shows, kept in the address (?council=<id>) so that
// the choice survives a reload, a shared link and the back button. Pure, so it is unit-tested.

export const COUNCIL_PARAM = "council";
/** Every council the reader can choose among, merged, each meeting with its council. */
export const ALL_COUNCILS = "all";

export interface CouncilOptions {
  /** The councils on offer, in the picker's order. */
  councilIds: readonly string[];
  /** Whether "all councils" is one of the choices. */
  offerAll: boolean;
  /** Shown when the address names nothing on offer: "all" instead of the first council. */
  preferAll: boolean;
}

/** The address's choice when it is on offer, else the default: all councils or the first one. */
export function chooseCouncil(search: string, options: CouncilOptions): string | undefined {
  const requested = new URLSearchParams(search).get(COUNCIL_PARAM);
  if (requested === ALL_COUNCILS && options.offerAll) return ALL_COUNCILS;
  if (requested && options.councilIds.includes(requested)) return requested;
  if (options.preferAll && options.offerAll) return ALL_COUNCILS;
  return options.councilIds[0];
}

/** The query string with the council chosen, other parameters (such as ?lang=) kept. */
export function searchWithCouncil(search: string, council: string): string {
  const params = new URLSearchParams(search);
  params.set(COUNCIL_PARAM, council);
  return `?${params.toString()}`;
}
