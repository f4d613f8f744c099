import type { Currency } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import { mapColumns } from "../import/header-map.js";
import type { ImportProblem } from "../import/import-types.js";
import type { ReadSheet } from "../import/read-sheet.js";
import { RowReader } from "../import/row-reader.js";
import { STRUCTURE_KIND_CHOICES, STRUCTURE_LAYOUT, type StructureColumnKey } from "./structure-layout.js";
import type { ImportedFocusArea, ImportedGoal, StructurePreviewRow } from "./structure-types.js";

// The structure sheet, top to bottom: a focus area, then its sub-themes and goals; a goal
// belongs to the focus area or sub-theme above it, and goals before the first focus area to
// the programme as a whole. Rows are checked with the measures' row reader.

export interface StructureRows {
  focusAreas: ImportedFocusArea[];
  goals: ImportedGoal[];
  rows: StructurePreviewRow[];
  problems: ImportProblem[];
  /** Every titled row, valid or not, by kind: the measures sheet's names are looked up here, so a broken goal row is one problem, not one per measure. */
  names: { focusAreas: Array<{ id: string; title: string }>; goals: Array<{ id: string; title: string }> };
}

export function readStructureRows(sheet: ReadSheet, currency: Currency, lang: Language): StructureRows {
  const used = new Set(sheet.rows.flatMap((row) => [...row.cells.keys()]));
  const { columns, problems } = mapColumns<StructureColumnKey>(sheet.headers, used, currency, lang, STRUCTURE_LAYOUT);
  const result: StructureRows = { focusAreas: [], goals: [], rows: [], problems, names: { focusAreas: [], goals: [] } };
  let area: string | null = null;
  let goalParent: string | null = null;
  for (const row of sheet.rows) {
    const before = problems.length;
    const reader = new RowReader<StructureColumnKey>(row, columns, problems, lang, currency, STRUCTURE_LAYOUT);
    if (!reader.filled("kind") && columns.fixed.has("kind")) reader.report("kind", "required");
    const kind = reader.filled("kind") ? reader.choice("kind", STRUCTURE_KIND_CHOICES, "focus_area") : undefined;
    const key = `row:${row.rowNumber}`;
    const title = reader.required("title", kind === "goal" ? 500 : 300);
    const description = reader.text("description");
    result.rows.push({ row: row.rowNumber, kind: kind ?? "focus_area", title: reader.peek("title") });
    if (kind === "goal") reader.forbid(["heading"], "not_for_goals");
    const heading = kind === "goal" ? null : reader.text("heading", 200) || null;
    if (kind === "sub_theme" && area === null) reader.report("kind", "sub_theme_without_focus_area");
    // A broken row still sets what the rows below hang on, so they are checked as written.
    if (kind === "focus_area") area = goalParent = key;
    if (kind === "sub_theme") goalParent = key;
    if (kind && title !== null) (kind === "goal" ? result.names.goals : result.names.focusAreas).push({ id: key, title });
    if (problems.length > before || kind === undefined || title === null) continue;
    if (kind === "goal") result.goals.push({ row: row.rowNumber, key, focusAreaKey: goalParent, title, description });
    else result.focusAreas.push({ row: row.rowNumber, key, parentKey: kind === "sub_theme" ? area : null, heading, title, description });
  }
  return result;
}
