import { describe, expect, it } from "vitest";
import { fillDown, matchName, nameKey, pastedLines } from "./pasted-lines";

describe("pastedLines", () => {
  it("reads plain lines, one cell each, leaving out blank lines but keeping line numbers", () => {
    expect(pastedLines("Identitet\n\n  Tiltrekningskraft  \r\nKommunikasjon\n")).toEqual([
      { line: 1, cells: ["Identitet"] },
      { line: 3, cells: ["Tiltrekningskraft"] },
      { line: 4, cells: ["Kommunikasjon"] },
    ]);
  });

  it("splits tab-separated cells as Excel and Word copy a table, blanks included", () => {
    expect(pastedLines("Befolkningsvekst\tAttraktivitet\tSamferdsel\r\n\t\tInternasjonalt miljø\r\n")).toEqual([
      { line: 1, cells: ["Befolkningsvekst", "Attraktivitet", "Samferdsel"] },
      { line: 2, cells: ["", "", "Internasjonalt miljø"] },
    ]);
  });

  it("keeps a quoted cell with a line break, a tab or a quote in it as one cell", () => {
    const text = '"Ladeinfrastruktur\nfor hele regionen"\t"Det ""grønne"" skiftet"\tA\tB\nNeste\n';
    expect(pastedLines(text)).toEqual([
      { line: 1, cells: ["Ladeinfrastruktur for hele regionen", 'Det "grønne" skiftet', "A", "B"] },
      { line: 3, cells: ["Neste"] },
    ]);
  });

  it("reads a quote that does not close a cell as text", () => {
    expect(pastedLines('"Mjøsbyen" som samarbeid\n"uten slutt')).toEqual([
      { line: 1, cells: ['"Mjøsbyen" som samarbeid'] },
      { line: 2, cells: ['"uten slutt'] },
    ]);
  });

  it("gives nothing for an empty or blank paste", () => {
    expect(pastedLines("")).toEqual([]);
    expect(pastedLines(" \n\t\n")).toEqual([]);
  });
});

describe("fillDown", () => {
  it("fills a blank cell with the value above, not before the first value", () => {
    const lines = pastedLines("\tx\nA\ta\n\tb\nB\tc\n\td");
    expect(fillDown(lines, 0).map((line) => line.cells[0])).toEqual(["", "A", "A", "B", "B"]);
  });

  it("fills a column the row is too short to have", () => {
    expect(fillDown([{ line: 1, cells: ["x", "A"] }, { line: 2, cells: ["y"] }], 1)[1]?.cells).toEqual(["y", "A"]);
  });
});

describe("matchName", () => {
  const options = [{ id: 1, names: ["Hamar kommune", "Hamar"] }, { id: 2, names: ["Stange"] }, { id: 3, names: ["stange"] }];

  it("matches case and spacing aside", () => {
    expect(matchName(options, "  hamar ", (option) => option.names)).toEqual({ found: options[0] });
    expect(nameKey("Østre  Toten")).toBe(nameKey("østre toten"));
  });

  it("refuses a name nobody has, and a name two have", () => {
    expect(matchName(options, "Løten", (option) => option.names)).toEqual({ missing: "unknown" });
    expect(matchName(options, "Stange", (option) => option.names)).toEqual({ missing: "ambiguous" });
  });
});
