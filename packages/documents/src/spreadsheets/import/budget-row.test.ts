import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { measuresSheet, type MeasureSheetData } from "../measures-sheet.js";
import { LOOKUPS, SHEET_DATA } from "../sheet.test-data.js";
import { writeXlsx } from "../write-xlsx.js";
import { readMeasureImport } from "./read-measure-import.js";

// A measure or part funded from several sources: a row per further source right below it,
// written by the download and read back into the same budget lines.

const [shared, local] = SHEET_DATA.measures;
const DATA: MeasureSheetData = {
  ...SHEET_DATA,
  measures: [
    {
      ...shared!,
      budget: [
        { year: 2022, amountMinor: 250_000_00, currency: "NOK", fundingSource: "council_funds" },
        { year: 2022, amountMinor: 40_000_00, currency: "NOK", fundingSource: "county_partnership_funds" },
        { year: 2023, amountMinor: 60_000_00, currency: "NOK", fundingSource: "external" },
      ],
      parts: [{ ...shared!.parts[0]!, budget: [
        { year: 2022, amountMinor: 300_000_00, currency: "NOK", fundingSource: "municipal_own_contribution" },
        { year: 2023, amountMinor: 20_000_00, currency: "NOK", fundingSource: "county_partnership_funds" },
      ] }],
    },
    local!,
  ],
};

describe("rows of another funding source", () => {
  it("are written below their measure or part and read back into the same budget lines", async () => {
    const bytes = await writeXlsx(measuresSheet(DATA, "nb"), "nb");
    const result = await readMeasureImport(bytes, LOOKUPS, "en");
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => row.kind)).toEqual(["measure", "budget", "budget", "part", "budget", "measure"]);
    const [measure] = result.measures;
    const sorted = (lines: Array<{ year: number; fundingSource: string }>) => [...lines].sort((a, b) => a.year - b.year || a.fundingSource.localeCompare(b.fundingSource));
    expect(sorted(measure!.budget)).toEqual(sorted(DATA.measures[0]!.budget));
    expect(sorted(measure!.parts[0]!.budget)).toEqual(sorted(DATA.measures[0]!.parts[0]!.budget));
  });

  it("names a row with no measure above it, cells that belong elsewhere, and a missing source", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Tiltak");
    sheet.addRow(["Radtype", "Tittel", "Status", "Finansieringskilde", "Budsjett 2022 (NOK)"]);
    sheet.addRow(["Annen finansieringskilde", "", "", "Eksterne midler", 1000]);
    sheet.addRow(["Tiltak", "Et tiltak", "", "", ""]);
    sheet.addRow(["Annen finansieringskilde", "", "Pågår", "", 2000]);
    const result = await readMeasureImport(new Uint8Array(await book.xlsx.writeBuffer()), LOOKUPS, "nb");
    expect(result.problems.map(({ row, column, reason }) => `${row} ${column} ${reason}`)).toEqual([
      "2 Radtype budget_without_row", "4 Status not_for_budget_rows", "4 Finansieringskilde required",
    ]);
  });
});
