import ExcelJS from "exceljs";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isDomainError } from "@samspill/domain";
import { measuresSheet } from "../measures-sheet.js";
import { IDS, LOOKUPS, SHEET_DATA } from "../sheet.test-data.js";
import { writeXlsx } from "../write-xlsx.js";
import { readMeasureImport } from "./read-measure-import.js";
import { IMPORT_LIMITS } from "./read-sheet.js";

/** A workbook with these rows under these headings, as a person might type it. */
async function workbook(headers: string[], rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Ark1");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function refusal(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
  } catch (error) {
    if (isDomainError(error, "INVALID_INPUT")) return error.reason;
    throw error;
  }
  return undefined;
}

describe("reading the measures layout", () => {
  it("reads a download back into the same measures and parts", async () => {
    const bytes = await writeXlsx(measuresSheet(SHEET_DATA, "nb"), "nb");
    const result = await readMeasureImport(bytes, LOOKUPS, "en");
    expect(result.problems).toEqual([]);
    // The total row at the bottom (row 6) is a sum, not a measure.
    expect(result.rows.map((row) => [row.row, row.kind])).toEqual([[2, "measure"], [3, "part"], [4, "part"], [5, "measure"]]);
    const [shared, local] = result.measures;
    expect(shared).toMatchObject({
      row: 2, title: "Regional ladestruktur", focusAreaId: IDS.focusArea, goalIds: [IDS.goalTransport], scope: "shared",
      municipalityId: null, responsibleOrganisationId: IDS.sciencePark, responsiblePerson: "Daglig leder",
      startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 55, sdgGoals: [7, 11],
      budget: [
        { year: 2022, amountMinor: 250_000_00, currency: "NOK", fundingSource: "council_funds" },
        { year: 2023, amountMinor: 100_000_00, currency: "NOK", fundingSource: "council_funds" },
      ],
    });
    expect(shared!.parts).toEqual([
      {
        row: 3, municipalityId: IDS.hamar, description: "Ladere ved knutepunkt.", contactName: "Ingrid Hansen",
        contactEmail: "ingrid@hamar.example", status: "in_progress", progress: 70,
        budgetShare: { amountMinor: 600_000_00, currency: "NOK" },
        budget: [{ year: 2022, amountMinor: 300_000_00, currency: "NOK", fundingSource: "municipal_own_contribution" }],
      },
      expect.objectContaining({ row: 4, municipalityId: IDS.stange, description: "=HYPERLINK(\"http://evil\")", status: "delayed", budget: [] }),
    ]);
    expect(local).toMatchObject({ title: 'Næringsvennlig kommune; "Stange"', scope: "local", municipalityId: IDS.stange, status: "completed", progress: 100 });
  });

  it("reads headings and choices in another language than the reader's, and typed-in text values", async () => {
    const bytes = await workbook(
      ["Radtyp", "Titel", "Gemensam eller lokal", "Kommun", "Status", "Framsteg", "Startdatum", "Slutdatum", "Budget 2023"],
      [
        ["Åtgärd", "Lokal åtgärd", "Lokal", "3403", "Pågår", "45 %", "1.2.2023", "2023-12-31", "1 234,50 kr"],
      ],
    );
    const result = await readMeasureImport(bytes, LOOKUPS, "nb");
    expect(result.problems).toEqual([]);
    expect(result.measures[0]).toMatchObject({
      scope: "local", municipalityId: IDS.hamar, status: "in_progress", progress: 45, startDate: "2023-02-01",
      endDate: "2023-12-31", budget: [{ year: 2023, amountMinor: 123_450, currency: "NOK", fundingSource: "municipal_own_contribution" }],
    });
  });

  it("reads the funding source by today's name, another country's, or a name people used before", async () => {
    const names = [
      ["Fylkets partnerskapsmidler", "county_partnership_funds"],
      ["Regionale utviklingsmidler (fylket)", "county_partnership_funds"],
      ["Regionala utvecklingsmedel", "county_partnership_funds"],
      ["Rådets midler", "council_funds"],
      ["Kommunalforbundets midler", "council_funds"],
      ["regional council funds", "council_funds"],
      ["Kommunal egenandel", "municipal_own_contribution"],
    ] as const;
    const bytes = await workbook(
      ["Radtype", "Tittel", "Felles eller lokalt", "Kommune", "Finansieringskilde", "Budsjett 2023 (NOK)"],
      names.map(([name], index) => ["Tiltak", `Tiltak ${index}`, "Lokalt", "Hamar", name, 1000]),
    );
    const result = await readMeasureImport(bytes, LOOKUPS, "nb");
    expect(result.problems).toEqual([]);
    expect(result.measures.map((measure) => measure.budget[0]?.fundingSource)).toEqual(names.map(([, code]) => code));
  });

  it("names every problem by row and heading, and creates nothing from a row with one", async () => {
    const bytes = await workbook(
      ["Radtype", "Tittel", "Satsingsområde", "Mål", "Felles eller lokalt", "Kommune", "Status", "Framdrift (%)", "Startdato", "Sluttdato", "E-post", "Budsjett 2022 (NOK)", "Notater"],
      [
        ["Kommunens del", "", "", "", "", "Hamar"],
        ["Tiltak", "", "Ukjent område", "Tilflytting; Finnes ikke", "Felles", "Hamar", "Ferdig", 120, "31.02.2022", "", "", -5, "x"],
        ["Tiltak", "Lokalt", "", "", "Lokalt", "Elverum", "Fullført", 50, "2023-05-01", "2023-01-01", "", "1,234"],
        ["Kommunens del", "", "", "", "", "Stange", "", "", "", "", "ikke-epost"],
      ],
    );
    const result = await readMeasureImport(bytes, LOOKUPS, "nb");
    const found = result.problems.map((problem) => `${problem.row}|${problem.column}|${problem.reason}`);
    expect(new Set(found)).toEqual(new Set([
      "1|Notater|unknown_column",
      "2|Radtype|part_without_measure",
      "3|Tittel|required",
      "3|Satsingsområde|unknown_focus_area",
      "3|Mål|unknown_goal",
      "3|Kommune|municipality_not_for_shared",
      "3|Startdato|invalid_date",
      "3|Status|invalid_choice",
      "3|Framdrift (%)|invalid_progress",
      "3|Budsjett 2022 (NOK)|negative_amount",
      "4|Kommune|not_a_member",
      "4|Sluttdato|end_before_start",
      "4|Framdrift (%)|completed_needs_full_progress",
      "4|Budsjett 2022 (NOK)|too_many_decimals",
      "5|Radtype|local_measure_has_no_parts",
      "5|E-post|invalid_email",
    ]));
    expect(result.problems.find((problem) => problem.reason === "unknown_goal")?.params).toEqual({ value: "Finnes ikke" });
    expect(result.problems.find((problem) => problem.reason === "invalid_choice")?.params.allowed).toContain("Pågår");
    expect(result.measures).toEqual([]);
    expect(result.rows).toHaveLength(4);
  });

  it("reports a missing title column once, on the heading row", async () => {
    const result = await readMeasureImport(await workbook(["Status"], [["Pågår"], ["Pågår"]]), LOOKUPS, "sv");
    expect(result.problems).toEqual([{ row: 1, column: "Titel", reason: "missing_column", params: {} }]);
  });

  it("refuses files that are too large, empty, too long or not workbooks at all", async () => {
    expect(await refusal(readMeasureImport(new Uint8Array(IMPORT_LIMITS.maxBytes + 1), LOOKUPS, "nb"))).toBe("file_too_large");
    expect(await refusal(readMeasureImport(new TextEncoder().encode("Tittel;Status\r\nA;B"), LOOKUPS, "nb"))).toBe("file_unreadable");
    expect(await refusal(readMeasureImport(await workbook(["Tittel"], []), LOOKUPS, "nb"))).toBe("import_no_rows");
    const many = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, index) => [`Tiltak ${index}`]);
    expect(await refusal(readMeasureImport(await workbook(["Tittel"], many), LOOKUPS, "nb"))).toBe("too_many_rows");
  });

  it("refuses a small archive that inflates past the limit (a zip bomb)", async () => {
    const inflated = Buffer.alloc(IMPORT_LIMITS.maxUncompressedBytes + 1024, 0x20);
    const data = deflateRawSync(inflated);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(inflated.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(inflated.length, 24);
    central.writeUInt16LE(name.length, 28);
    const centralOffset = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(centralOffset, 16);
    const bomb = Buffer.concat([local, name, data, central, name, end]);
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    expect(await refusal(readMeasureImport(new Uint8Array(bomb), LOOKUPS, "nb"))).toBe("file_unreadable");
  });
});

describe("names that repeat in the country", () => {
  it("take the programme's owner and members first", async () => {
    const twin = { id: "00000000-0000-4000-8000-000000000099", name: "Stange", shortName: null, code: "9999" };
    const lookups = { ...LOOKUPS, organisations: [...LOOKUPS.organisations, twin] };
    const data = { ...SHEET_DATA, measures: [{ ...SHEET_DATA.measures[1]!, responsibleOrganisation: "Stange" }] };
    const result = await readMeasureImport(await writeXlsx(measuresSheet(data, "nb"), "nb"), lookups, "nb");
    expect(result.problems).toEqual([]);
    expect(result.measures[0]?.responsibleOrganisationId).toBe(IDS.stange);
    // Without the programme's members, the same name is ambiguous.
    const alone = await readMeasureImport(await writeXlsx(measuresSheet(data, "nb"), "nb"), { ...lookups, municipalities: [] }, "nb");
    expect(alone.problems.map((problem) => problem.reason)).toContain("ambiguous_organisation");
  });
});
