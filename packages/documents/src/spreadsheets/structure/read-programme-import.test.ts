import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isDomainError } from "@samspill/domain";
import { LOOKUPS, SHEET_DATA } from "../sheet.test-data.js";
import { programmeWorkbook, type ProgrammeWorkbookData } from "./programme-workbook.js";
import { readProgrammeImport } from "./read-programme-import.js";

// The structure, whose titles the measures of SHEET_DATA name (Befolkningsvekst, Samferdsel).
const DATA: ProgrammeWorkbookData = {
  ...SHEET_DATA,
  strategy: { vision: "Regionen vokser", overarchingGoal: "Flere innbyggere" },
  municipalities: ["Hamar", "Stange"],
  structure: [
    { kind: "goal", heading: null, title: "Tilflytting", description: "" },
    { kind: "focus_area", heading: "Vekst", title: "Befolkningsvekst", description: "Flere bor her." },
    { kind: "sub_theme", heading: null, title: "Bolig", description: "" },
    { kind: "goal", heading: null, title: "Samferdsel", description: "Bedre veier." },
  ],
};
const LOOKUPS_WITHOUT_STRUCTURE = { ...LOOKUPS, focusAreas: [], goals: [] };

async function edited(lang: "nb" | "sv", change: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await programmeWorkbook(DATA, lang)) as unknown as ExcelJS.Buffer);
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("reading the whole programme's workbook", () => {
  it("reads a written workbook back into the same structure, with measures under it", async () => {
    const result = await readProgrammeImport(await programmeWorkbook(DATA, "nb"), LOOKUPS_WITHOUT_STRUCTURE, "en");
    expect(result.problems).toEqual([]);
    expect(result.focusAreas).toEqual([
      { row: 3, key: "row:3", parentKey: null, heading: "Vekst", title: "Befolkningsvekst", description: "Flere bor her." },
      { row: 4, key: "row:4", parentKey: "row:3", heading: null, title: "Bolig", description: "" },
    ]);
    expect(result.goals).toEqual([
      { row: 2, key: "row:2", focusAreaKey: null, title: "Tilflytting", description: "" },
      { row: 5, key: "row:5", focusAreaKey: "row:4", title: "Samferdsel", description: "Bedre veier." },
    ]);
    expect(result.measures.map((measure) => [measure.title, measure.focusAreaId, measure.goalIds, measure.parts.length])).toEqual([
      ["Regional ladestruktur", "row:3", ["row:5"], 2],
      ["Næringsvennlig kommune; \"Stange\"", null, [], 0],
    ]);
  });

  it("writes the instructions, the drop-down lists and the strategy for information", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await programmeWorkbook(DATA, "sv")) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Anvisningar", "Insatsområden och mål", "Åtgärder", "Listor"]);
    const texts = book.worksheets[0]!.getColumn(1).values.filter(Boolean).map(String);
    expect(texts).toContain("Vision: Regionen vokser");
    expect(book.worksheets[1]!.getCell("A2").dataValidation).toMatchObject({ type: "list", formulae: ["'Listor'!$A$2:$A$4"] });
    expect(book.worksheets[2]!.getCell("Q2").dataValidation).toMatchObject({ type: "list", formulae: ["'Listor'!$F$2:$F$5"] });
    expect(book.worksheets[3]!.getColumn(4).values.filter(Boolean)).toEqual(["Kommun", "Hamar", "Stange"]);
  });

  it("names the sheet, row and column of each problem, in the reader's language", async () => {
    const bytes = await edited("sv", (book) => {
      const structure = book.getWorksheet("Insatsområden och mål")!;
      structure.getCell("A2").value = "Delområde"; // a sub-theme above every focus area
      structure.getCell("B5").value = "Rubrik"; // a goal has no heading
      structure.getCell("A4").value = "Kapitel"; // not a row type
      structure.getCell("C3").value = null; // a focus area needs its title
      const measures = book.getWorksheet("Åtgärder")!;
      measures.getCell("C2").value = "Okänt område";
    });
    const result = await readProgrammeImport(bytes, LOOKUPS_WITHOUT_STRUCTURE, "nb");
    expect(result.problems.map(({ sheet, row, column, reason }) => [sheet, row, column, reason])).toEqual([
      ["Insatsområden och mål", 2, "Radtyp", "sub_theme_without_focus_area"],
      ["Insatsområden och mål", 3, "Titel", "required"],
      ["Insatsområden och mål", 4, "Radtyp", "invalid_choice"],
      ["Insatsområden och mål", 5, "Rubrik", "not_for_goals"],
      ["Åtgärder", 2, "Insatsområde", "unknown_focus_area"],
    ]);
    expect(result.problems[2]?.params).toEqual({ allowed: "Satsingsområde, Undertema, Mål" });
  });

  it("refuses a workbook without the structure sheet, naming it in the reader's language", async () => {
    const bytes = await edited("nb", (book) => book.removeWorksheet(book.getWorksheet("Satsingsområder og mål")!.id));
    const error = await readProgrammeImport(bytes, LOOKUPS_WITHOUT_STRUCTURE, "en").catch((caught: unknown) => caught);
    expect(isDomainError(error, "INVALID_INPUT") && [error.reason, error.params]).toEqual([
      "import_missing_sheet", { field: "fileBase64", sheet: "Focus areas and goals" },
    ]);
  });
});
