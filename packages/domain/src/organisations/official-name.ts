import type { Country, OrganisationKind } from "../shared/enums";

// The name an organisation signs with, which is what documents and exports address: the
// official lists (SSB, SCB) name a municipality or county by its place ("Stange", "Innlandet"),
// while the authority is "Stange kommune", "Innlandet fylkeskommune", "Vimmerby kommun" or
// "Region Kalmar län". Councils and partners are registered under their full names already.

const SUFFIXES: Record<Country, Partial<Record<OrganisationKind, string>>> = {
  NO: { municipality: "kommune", county: "fylkeskommune" },
  SE: { municipality: "kommun" },
};

export interface NamedOrganisation {
  name: string;
  kind: OrganisationKind;
  country: Country;
}

/**
 * `Stange` → `Stange kommune`, `Innlandet` → `Innlandet fylkeskommune`, `Vimmerby` → `Vimmerby
 * kommun`, `Kalmar län` → `Region Kalmar län`. A name that already holds the word (`Oslo kommune`,
 * `Region Kalmar län`, `Västra Götalandsregionen`) is kept as the admin wrote it.
 */
export function officialName({ name, kind, country }: NamedOrganisation): string {
  const trimmed = name.trim();
  if (country === "SE" && kind === "county") return /region/i.test(trimmed) ? trimmed : `Region ${trimmed}`;
  const suffix = SUFFIXES[country][kind];
  if (!suffix) return trimmed;
  return new RegExp(`(^|\\s)${suffix}$`, "i").test(trimmed) ? trimmed : `${trimmed} ${suffix}`;
}
