import { DomainError } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import { isTotalLabel, KIND_CHOICES, SCOPE_CHOICES } from "./choices.js";
import { mapColumns } from "./header-map.js";
import type { ImportedMeasure, ImportLookups, ImportProblem, MeasureImport, PreviewRow } from "./import-types.js";
import { indexLookups } from "./lookup-indexes.js";
import { readMeasureRow } from "./measure-row.js";
import { readBudgetRow, type BudgetTarget } from "./budget-row.js";
import { readPartRow, type ParentRow } from "./part-row.js";
import { readFirstSheet, type ReadSheet } from "./read-sheet.js";
import { RowReader } from "./row-reader.js";

/**
 * Reads a file in the measures layout against the programme's names: what it would create,
 * a preview line per row and every problem. Writes nothing and needs no database; the caller
 * creates the measures only when there are no problems at all.
 */
export async function readMeasureImport(bytes: Uint8Array, lookups: ImportLookups, lang: Language): Promise<MeasureImport> {
  const sheet = await readFirstSheet(bytes);
  if (sheet.rows.length === 0) {
    throw new DomainError("INVALID_INPUT", { reason: "import_no_rows", params: { field: "fileBase64" } });
  }
  return readMeasureRows(sheet, lookups, lang);
}

/** The measures of one sheet in the measures layout, read already; the whole programme's import reads its measures sheet here too. */
export function readMeasureRows(sheet: ReadSheet, lookups: ImportLookups, lang: Language): MeasureImport {
  const used = new Set(sheet.rows.flatMap((row) => [...row.cells.keys()]));
  const { columns, problems: headingProblems } = mapColumns(sheet.headers, used, lookups.currency, lang);
  const problems: ImportProblem[] = [...headingProblems];
  const problemCount = () => problems.length;
  const indexes = indexLookups(lookups);

  const measures: ImportedMeasure[] = [];
  const rows: PreviewRow[] = [];
  let parent: ParentRow | null = null;
  let parentMeasure: ImportedMeasure | null = null;
  // The measure or part a row of another funding source adds to: the row right above it.
  let funded: BudgetTarget = null;
  for (const row of sheet.rows) {
    const reader = new RowReader(row, columns, problems, lang, lookups.currency);
    // The download's total row is a sum, not a measure: an edited download imports as it is.
    // Its label stands in the first column, the measure's number.
    if (isTotalLabel(reader.peek("number"))) continue;
    const kind = reader.choice("kind", KIND_CHOICES, "measure") ?? "measure";
    rows.push({
      row: row.rowNumber,
      kind,
      title: reader.peek("title") || (kind === "measure" ? "" : (parent?.title ?? "")),
      municipality: reader.peek("municipality"),
      status: reader.peek("status"),
    });
    if (kind === "budget") {
      readBudgetRow(reader, funded);
      continue;
    }
    if (kind === "part") {
      const part = readPartRow(reader, parent, indexes, problemCount);
      if (part && parentMeasure) parentMeasure.parts.push(part);
      funded = { item: part };
      continue;
    }
    parentMeasure = readMeasureRow(reader, indexes, problemCount);
    funded = { item: parentMeasure };
    if (parentMeasure) measures.push(parentMeasure);
    // Its parts are checked against what the row says even when the row itself has a problem.
    const scope = reader.filled("scope") ? SCOPE_CHOICES.find(reader.peek("scope")) : "shared";
    parent = { title: reader.peek("title"), scope, municipalityIds: new Set() };
  }
  return { measures, rows, problems };
}
