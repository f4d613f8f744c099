import { describe, expect, it } from "vitest";
import { measuresSheet } from "./measures-sheet.js";
import { SHEET_DATA } from "./sheet.test-data.js";
import { neutraliseFormula, quoteField, writeCsv } from "./write-csv.js";

/** A minimal RFC 4180 reader with `;`, to check the file parses back into the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else field += char;
  }
  return rows;
}

describe("CSV", () => {
  const bytes = writeCsv(measuresSheet(SHEET_DATA, "nb"), "nb");
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

  it("is UTF-8 with a byte order mark, CRLF lines and `;` between fields", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith("\uFEFFNr.;Radtype;Satsingsområde;Mål;Tittel;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("quotes fields with separators, quotes and line breaks, and parses back to the same values", () => {
    const rows = parseCsv(text.slice(1));
    const header = rows[0]!;
    const title = header.indexOf("Tittel");
    const description = header.indexOf("Beskrivelse");
    // The header, four measure and part rows, and the total row.
    expect(rows).toHaveLength(6);
    expect(rows[5]![0]).toBe("Sum");
    expect(rows[5]![header.indexOf("Budsjett 2022 (NOK)")]).toBe("550000");
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(rows[4]![title]).toBe('Næringsvennlig kommune; "Stange"');
    expect(rows[4]![description]).toBe("Linje 1\nLinje 2");
    expect(text).toContain('"Næringsvennlig kommune; ""Stange"""');
  });

  it("writes a given total as it is, not the sum of the rows", () => {
    const table = {
      sheetName: "Avtaler", totalLabel: "Sum for alle avtalene",
      columns: [{ header: "Avtale", type: "text" as const, width: 20 }, { header: "Brukt (NOK)", type: "money" as const, width: 12, currency: "NOK" as const }],
      rows: [["A", 100_000_00], ["B", 100_000_00]],
      fixedTotals: [null, 100_000_00],
    };
    const rows = parseCsv(new TextDecoder().decode(writeCsv(table, "nb")).slice(1));
    expect(rows[3]).toEqual(["Sum for alle avtalene", "100000"]);
  });

  it("writes dates, money and percentages as Norwegian Excel reads them", () => {
    const rows = parseCsv(text.slice(1));
    const header = rows[0]!;
    const measure = rows[1]!;
    expect(measure[header.indexOf("Startdato")]).toBe("01.01.2022");
    expect(measure[header.indexOf("Framdrift (%)")]).toBe("55");
    // Whole kroner, the currency in the heading only.
    expect(measure[header.indexOf("Budsjett 2023 (NOK)")]).toBe("100000");
    expect(rows[2]![header.indexOf("Budsjettandel (NOK)")]).toBe("600000");
  });

  it("keeps formulas from running: text starting with = + - @ gets an apostrophe", () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[3]![rows[0]!.indexOf("Beskrivelse")]).toBe("'=HYPERLINK(\"http://evil\")");
    for (const start of ["=", "+", "-", "@", "\t"]) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula("Regional ladestruktur")).toBe("Regional ladestruktur");
  });

  it("uses English and Swedish dates and labels", () => {
    const en = new TextDecoder().decode(writeCsv(measuresSheet(SHEET_DATA, "en"), "en"));
    const sv = new TextDecoder().decode(writeCsv(measuresSheet(SHEET_DATA, "sv"), "sv"));
    expect(en).toContain("\r\nTotal;");
    expect(en).toContain("01/01/2022");
    expect(sv).toContain("2022-01-01");
    expect(sv).toContain("Åtgärd;");
  });

  it("quotes only what needs it", () => {
    expect(quoteField("plain")).toBe("plain");
    expect(quoteField(" padded")).toBe('" padded"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
  });
});
