import type { BudgetLineRow, MeasurePartRow, MeasureRow } from "@samspill/db";
import type { Money } from "@samspill/domain";

// What the API answers about measures, parts and budget lines: plain JSON, money as
// `{ amountMinor, currency }`, dates as ISO strings.

export function measureRowView(measure: MeasureRow) {
  return {
    id: measure.id,
    programmeId: measure.programmeId,
    focusAreaId: measure.focusAreaId,
    scope: measure.scope,
    ownerId: measure.ownerId,
    responsibleOrganisationId: measure.responsibleOrganisationId,
    responsiblePerson: measure.responsiblePerson,
    title: measure.title,
    description: measure.description,
    startDate: measure.startDate,
    endDate: measure.endDate,
    status: measure.status,
    progress: measure.progress,
    sdgGoals: [...measure.sdgGoals].sort((a, b) => a - b),
    position: measure.position,
    predecessorId: measure.predecessorId,
    version: measure.version,
  };
}

export function budgetShareOf(part: Pick<MeasurePartRow, "budgetShareMinor" | "currency">): Money | null {
  if (part.budgetShareMinor === null || part.currency === null) return null;
  return { amountMinor: Number(part.budgetShareMinor), currency: part.currency };
}

export function partRowView(part: MeasurePartRow & { municipalityName?: string }) {
  return {
    id: part.id,
    measureId: part.measureId,
    municipalityId: part.municipalityId,
    ...(part.municipalityName === undefined ? {} : { municipalityName: part.municipalityName }),
    description: part.description,
    contactName: part.contactName,
    contactEmail: part.contactEmail,
    status: part.status,
    progress: part.progress,
    budgetShare: budgetShareOf(part),
    version: part.version,
  };
}

export function budgetLineView(line: BudgetLineRow) {
  return {
    id: line.id,
    measureId: line.measureId,
    partId: line.partId,
    year: line.year,
    amount: { amountMinor: Number(line.amountMinor), currency: line.currency },
    fundingSource: line.fundingSource,
    description: line.description,
    version: line.version,
  };
}

/** A part's budget share as the two flat columns the table keeps (both null, or both set). */
export function budgetShareColumns(share: Money | null): { budgetShareMinor: number | null; currency: Money["currency"] | null } {
  return { budgetShareMinor: share?.amountMinor ?? null, currency: share?.currency ?? null };
}
