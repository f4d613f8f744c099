import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { measuresSheet } from "./spreadsheets/measures-sheet.js";
import { SHEET_DATA } from "./spreadsheets/sheet.test-data.js";
import { writeXlsx } from "./spreadsheets/write-xlsx.js";
import { LOOKUPS } from "./spreadsheets/sheet.test-data.js";
import { programmeWorkbook } from "./spreadsheets/structure/programme-workbook.js";
import { readProgrammeImport } from "./spreadsheets/structure/read-programme-import.js";
import { mkdirSync } from "node:fs";
import { annualReportDocument } from "./word/annual-report-document.js";
import { REPORT } from "./word/annual-report.test-data.js";
import { documentFormat } from "./word/document-format.js";
import { testLogo } from "./word/logo.test-support.js";
import { programmeDocument } from "./word/programme-document.js";
import { HAMARREGIONEN, VIMMERBY } from "./word/programme.test-data.js";

// The generated files opened by a real office suite: LibreOffice converts them headless and
// what it reads back must hold the content. CI installs LibreOffice and sets
// SAMSPILL_REQUIRE_OFFICE, so there a missing `soffice` fails instead of skipping.

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const available = hasSoffice();
const required = process.env.SAMSPILL_REQUIRE_OFFICE === "true";
const folder = mkdtempSync(path.join(tmpdir(), "samspill-office-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the file, lets LibreOffice convert it, and answers the converted text. */
function convert(bytes: Uint8Array, name: string, to: string, extension: string): string {
  const source = path.join(folder, name);
  writeFileSync(source, bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", to, "--outdir", folder, source], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return readFileSync(path.join(folder, name.replace(/\.[a-z]+$/, `.${extension}`)), "utf8");
}

describe.runIf(available || required)("generated files in LibreOffice", () => {
  it("opens the action programme with its logo and reads its table of contents, focus areas and measures", async () => {
    const data = { ...HAMARREGIONEN, council: { name: "Hamarregionen IPR", logo: testLogo() } };
    const text = convert(await programmeDocument(data, documentFormat("nb")), "programme.docx", "txt:Text (encoded):UTF8", "txt");
    for (const area of ["Befolkningsvekst", "Kompetanse og næringsutvikling", "Profilering og markedsføring", "Diskusjonsarena"]) {
      expect(text).toContain(area);
    }
    expect(text).toContain("Regional ladestruktur");
    // The table of contents as LibreOffice reads it: the entries with their page numbers.
    expect(text).toMatch(/Innhold\s+Innledning\t3/);
  }, 180_000);

  it("opens the annual report addressed to the county authority", async () => {
    const text = convert(await annualReportDocument(REPORT, documentFormat("nb")), "arsrapport.docx", "txt:Text (encoded):UTF8", "txt");
    expect(text).toContain("Til: Innlandet fylkeskommune");
    expect(text).toContain("Godkjenning og underskrift");
  }, 180_000);

  it("opens a Swedish action plan with its Swedish terms", async () => {
    const text = convert(await programmeDocument(VIMMERBY, documentFormat("sv")), "handlingsplan.docx", "txt:Text (encoded):UTF8", "txt");
    expect(text).toMatch(/Åtgärder|åtgärd/);
  }, 180_000);

  it("opens the measures workbook with its header row", async () => {
    const csv = convert(await writeXlsx(measuresSheet(SHEET_DATA, "nb"), "nb"), "tiltak.xlsx", "csv:Text - txt - csv (StarCalc):59,34,76", "csv");
    const lines = csv.split(/\r?\n/).filter((line) => line !== "");
    expect(lines[0]).toContain("Tittel");
    // The total row's SUBTOTAL formulas, as LibreOffice works them out.
    expect(lines[lines.length - 1]?.replace(/[,.\u00a0 ]/g, "")).toMatch(/^Sum;+600000;550000;100000$/);
  }, 180_000);

  it("saves the whole programme's workbook and the import reads LibreOffice's copy back unchanged", async () => {
    const data = {
      ...SHEET_DATA, strategy: null, municipalities: ["Hamar", "Stange"],
      structure: [
        { kind: "focus_area" as const, heading: "Vekst", title: "Befolkningsvekst", description: "" },
        { kind: "goal" as const, heading: null, title: "Tilflytting", description: "" },
        { kind: "goal" as const, heading: null, title: "Samferdsel", description: "" },
      ],
    };
    const original = await programmeWorkbook(data, "nb");
    const inbox = path.join(folder, "in");
    mkdirSync(inbox, { recursive: true });
    writeFileSync(path.join(inbox, "programmal.xlsx"), original);
    execFileSync("soffice", [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder, path.join(inbox, "programmal.xlsx")], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const saved = new Uint8Array(readFileSync(path.join(folder, "programmal.xlsx")));
    const lookups = { ...LOOKUPS, focusAreas: [], goals: [] };
    const [fromOffice, fromPortal] = [await readProgrammeImport(saved, lookups, "nb"), await readProgrammeImport(original, lookups, "nb")];
    expect(fromOffice.problems).toEqual([]);
    expect(fromOffice).toEqual(fromPortal);
  }, 180_000);
});
