import { z } from "zod";
import type { MeasureScope } from "@samspill/domain";
import { FUNDING_CHOICES } from "./choices.js";
import type { ImportedPart } from "./import-types.js";
import type { ImportLookupIndexes } from "./lookup-indexes.js";
import { normaliseName } from "./normalise.js";
import type { RowReader } from "./row-reader.js";
import { memberMunicipality, statusAndProgress } from "./shared-fields.js";

// A municipality's part: a row right below its shared measure (or below another part of it),
// with the municipality, contact, status and its share of the money.

/** The measure row the parts below belong to, valid or not, so its parts are still checked. */
export interface ParentRow {
  title: string;
  scope: MeasureScope | undefined;
  municipalityIds: Set<string>;
}

const EmailSchema = z.email();

const MEASURE_ONLY = ["focusArea", "goals", "scope", "responsibleOrganisation", "startDate", "endDate", "sdgGoals"] as const;

export function readPartRow(
  reader: RowReader,
  parent: ParentRow | null,
  indexes: ImportLookupIndexes,
  problemCount: () => number,
): ImportedPart | null {
  const before = problemCount();
  if (!parent) reader.report("kind", "part_without_measure");
  else if (parent.scope === "local") reader.report("kind", "local_measure_has_no_parts");
  if (parent && reader.filled("title") && normaliseName(reader.text("title", 300)) !== normaliseName(parent.title)) {
    reader.report("title", "part_title_mismatch", { value: parent.title });
  }
  reader.forbid(MEASURE_ONLY, "not_for_parts");

  const municipalityId = memberMunicipality(reader, indexes);
  if (municipalityId && parent?.municipalityIds.has(municipalityId)) {
    reader.report("municipality", "duplicate_part", { value: reader.peek("municipality") });
  } else if (municipalityId) {
    parent?.municipalityIds.add(municipalityId);
  }
  const description = reader.text("description");
  const contactName = reader.text("responsiblePerson", 200);
  const email = reader.text("contactEmail", 320);
  if (email && !EmailSchema.safeParse(email).success) reader.report("contactEmail", "invalid_email");
  const state = statusAndProgress(reader);
  const shareMinor = reader.amount("budgetShare");
  const fundingSource = reader.choice("fundingSource", FUNDING_CHOICES, "municipal_own_contribution");
  const budget = reader.budgetLines(fundingSource ?? "municipal_own_contribution");

  if (problemCount() > before || !municipalityId || !state || !fundingSource) return null;
  return {
    row: reader.rowNumber, municipalityId, description, contactName, contactEmail: email || null, ...state,
    budgetShare: shareMinor === null ? null : { amountMinor: shareMinor, currency: reader.currencyOfShare },
    budget,
  };
}
