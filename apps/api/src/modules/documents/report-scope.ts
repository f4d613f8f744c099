import { listCouncilsOfMunicipality, type Executor, type PartyPlaceRow, type ReportingPeriodRow } from "@samspill/db";
import { DomainError } from "@samspill/domain";

// Which reports of a reporting period an agreement's annual report is made from. A period
// belongs to a council (or to a municipality that runs its own programme, like Vimmerby):
// when that council is a party to the agreement, all its reports count; when the party is a
// municipality that was a member of the period's council (Elverum in Sør-Østerdal), only that
// municipality's own reports do. Any other period is not the agreement's to report on.

export interface ReportScope {
  /** Who reports to the county: the council, or the municipality party. */
  reporterId: string;
  /** Whose reports count; undefined for all of the council's. */
  organisationIds: readonly string[] | undefined;
}

export async function reportScope(
  db: Executor,
  parties: readonly Pick<PartyPlaceRow, "organisationId" | "kind">[],
  period: Pick<ReportingPeriodRow, "councilId" | "periodEnd">,
): Promise<ReportScope | undefined> {
  const counterparts = parties.filter((party) => party.kind === "regional_council" || party.kind === "municipality");
  if (counterparts.some((party) => party.organisationId === period.councilId)) {
    return { reporterId: period.councilId, organisationIds: undefined };
  }
  for (const party of counterparts.filter((candidate) => candidate.kind === "municipality")) {
    const councils = await listCouncilsOfMunicipality(db, party.organisationId, period.periodEnd);
    if (councils.some((council) => council.id === period.councilId)) {
      return { reporterId: party.organisationId, organisationIds: [party.organisationId] };
    }
  }
  return undefined;
}

/** A period that is not there reads the same as one that is not the agreement's: nothing leaks. */
export function periodNotOfAgreement(): DomainError {
  return new DomainError("INVALID_INPUT", { reason: "period_not_of_agreement", params: { field: "periodId" } });
}
