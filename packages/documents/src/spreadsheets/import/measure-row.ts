import { SDG_GOALS } from "@samspill/domain";
import { FUNDING_CHOICES, SCOPE_CHOICES } from "./choices.js";
import type { ImportedMeasure } from "./import-types.js";
import type { ImportLookupIndexes } from "./lookup-indexes.js";
import { findName, resolveCell } from "./name-index.js";
import type { RowReader } from "./row-reader.js";
import { memberMunicipality, statusAndProgress } from "./shared-fields.js";

// A measure row: its own fields, names looked up in the programme, and the same rules the
// measures API keeps (a local measure is a member municipality's, dates in order, completed
// at 100 %). Returns the measure, or null when the row has a problem.

function goalIds(reader: RowReader, indexes: ImportLookupIndexes): string[] | undefined {
  if (!reader.filled("goals")) return [];
  const names = reader.text("goals").split(/[;\n]/).map((name) => name.trim()).filter(Boolean);
  const ids: string[] = [];
  let ok = true;
  for (const value of names) {
    const found = findName(indexes.goals, value);
    if ("id" in found) ids.push(found.id);
    else {
      reader.report("goals", found.missing === "unknown" ? "unknown_goal" : "ambiguous_goal", { value });
      ok = false;
    }
  }
  return ok ? [...new Set(ids)] : undefined;
}

function sdgGoals(reader: RowReader): number[] | undefined {
  if (!reader.filled("sdgGoals")) return [];
  const values = reader.text("sdgGoals").split(/[,;\s]+/).filter(Boolean);
  const goals: number[] = [];
  for (const value of values) {
    const goal = Number(value);
    if (!(SDG_GOALS as readonly number[]).includes(goal)) {
      reader.report("sdgGoals", "invalid_sdg", { value });
      return undefined;
    }
    goals.push(goal);
  }
  return [...new Set(goals)].sort((a, b) => a - b);
}

function dates(reader: RowReader): { startDate: string | null; endDate: string | null } | undefined {
  const startDate = reader.date("startDate");
  const endDate = reader.date("endDate");
  if ((startDate === null && reader.filled("startDate")) || (endDate === null && reader.filled("endDate"))) return undefined;
  if (startDate !== null && endDate !== null && endDate < startDate) {
    reader.report("endDate", "end_before_start");
    return undefined;
  }
  return { startDate, endDate };
}

export function readMeasureRow(reader: RowReader, indexes: ImportLookupIndexes, problemCount: () => number): ImportedMeasure | null {
  const before = problemCount();
  reader.forbid(["contactEmail", "budgetShare"], "not_for_measures");
  const title = reader.required("title", 300);
  const description = reader.text("description");
  const focusAreaId = resolveCell(reader, "focusArea", indexes.focusAreas, { unknown: "unknown_focus_area", ambiguous: "ambiguous_focus_area" });
  const goals = goalIds(reader, indexes);
  const scope = reader.choice("scope", SCOPE_CHOICES, "shared");
  let municipalityId: string | null | undefined = null;
  if (scope === "local") municipalityId = memberMunicipality(reader, indexes);
  else if (reader.filled("municipality")) reader.report("municipality", "municipality_not_for_shared");
  const responsibleOrganisationId = resolveCell(reader, "responsibleOrganisation", indexes.organisations, {
    unknown: "unknown_organisation", ambiguous: "ambiguous_organisation",
  });
  const responsiblePerson = reader.text("responsiblePerson", 200);
  const period = dates(reader);
  const state = statusAndProgress(reader);
  const sdg = sdgGoals(reader);
  const fundingSource = reader.choice("fundingSource", FUNDING_CHOICES, scope === "local" ? "municipal_own_contribution" : "council_funds");
  const budget = reader.budgetLines(fundingSource ?? "council_funds");

  if (problemCount() > before || title === null || scope === undefined || municipalityId === undefined) return null;
  if (focusAreaId === undefined || goals === undefined || responsibleOrganisationId === undefined) return null;
  if (!period || !state || !sdg || !fundingSource) return null;
  return {
    row: reader.rowNumber, title, description, focusAreaId, goalIds: goals, scope, municipalityId, responsibleOrganisationId,
    responsiblePerson, ...period, ...state, sdgGoals: sdg, budget, parts: [],
  };
}
