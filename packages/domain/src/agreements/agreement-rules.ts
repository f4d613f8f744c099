import { DomainError } from "../shared/errors";
import type { OrganisationKind } from "../shared/enums";
import type { IsoDate } from "../shared/primitives";

// Rules of a partnership agreement that need no I/O: who its counterpart is and where each
// reporting requirement stands on a given day. Its money is a figure: see ../figures/funds.ts.

export interface PartyPlace {
  organisationId: string;
  kind: OrganisationKind;
  /** The county the party lies in (null for a county or a partner outside any county). */
  countyId: string | null;
}

/** The council and the municipality an agreement is held with: what the permission rules compare. */
export interface Counterparts {
  councilId: string | null;
  municipalityId: string | null;
}

/**
 * An agreement is held by one county with a council or a municipality (at most one of each, so
 * the permission rules can tell whose agreement it is); partners may join. Every council and
 * municipality must lie in the agreement's county, and the county itself may sign only for itself.
 */
export function agreementCounterparts(countyId: string, parties: readonly PartyPlace[]): Counterparts {
  const councils = parties.filter((party) => party.kind === "regional_council");
  const municipalities = parties.filter((party) => party.kind === "municipality");
  if (councils.length > 1 || municipalities.length > 1) {
    throw new DomainError("INVALID_INPUT", { reason: "one_council_or_municipality_per_agreement" });
  }
  if (councils.length + municipalities.length === 0) {
    throw new DomainError("INVALID_INPUT", { reason: "agreement_needs_council_or_municipality" });
  }
  const otherCounty = parties.find((party) => party.kind === "county" && party.organisationId !== countyId);
  if (otherCounty) throw new DomainError("INVALID_INPUT", { reason: "party_is_another_county", params: { organisationId: otherCounty.organisationId } });
  const outside = [...councils, ...municipalities].find((party) => party.countyId !== countyId);
  if (outside) throw new DomainError("INVALID_INPUT", { reason: "party_not_in_county", params: { organisationId: outside.organisationId } });
  return { councilId: councils[0]?.organisationId ?? null, municipalityId: municipalities[0]?.organisationId ?? null };
}

/**
 * The same, for reading an agreement that is already stored: the first council and
 * municipality found, without judging the data (it may predate the rules above).
 */
export function storedCounterparts(parties: readonly Pick<PartyPlace, "organisationId" | "kind">[]): Counterparts {
  return {
    councilId: parties.find((party) => party.kind === "regional_council")?.organisationId ?? null,
    municipalityId: parties.find((party) => party.kind === "municipality")?.organisationId ?? null,
  };
}

export const REQUIREMENT_STATES = ["due", "fulfilled", "overdue"] as const;
export type RequirementState = (typeof REQUIREMENT_STATES)[number];

/** A requirement is overdue the day after its due date until it is fulfilled. */
export function reportingRequirementState(requirement: { dueDate: IsoDate; fulfilledOn: IsoDate | null }, today: IsoDate): RequirementState {
  if (requirement.fulfilledOn !== null) return "fulfilled";
  return today > requirement.dueDate ? "overdue" : "due";
}
