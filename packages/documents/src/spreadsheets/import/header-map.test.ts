import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@samspill/i18n";
import { MEASURE_COLUMN_KEYS, measureHeader } from "../measure-columns.js";
import { columnLetter, mapColumns } from "./header-map.js";
import { splitHeading } from "./normalise.js";

describe("the measures layout's headings", () => {
  it("never give two columns the same heading in any pair of languages", () => {
    const owners = new Map<string, string>();
    for (const lang of LANGUAGES) {
      for (const key of MEASURE_COLUMN_KEYS) {
        const name = splitHeading(measureHeader(key, lang, "NOK")).name;
        expect(owners.get(name) ?? key, `${lang}: ${name}`).toBe(key);
        owners.set(name, key);
      }
    }
  });

  it("find budget years with or without a currency, and refuse odd years and currencies", () => {
    const headers = new Map([[1, "Titel"], [2, "Budget 2024 (SEK)"], [3, "budsjett  2025"], [4, "Budget 1492"], [5, "Budget 2026 (DKK)"]]);
    const { columns, problems } = mapColumns(headers, new Set([1, 2, 6]), "NOK", "nb");
    expect(columns.fixed.get("title")).toEqual({ column: 1, header: "Titel" });
    expect(columns.budget.map(({ year, currency }) => `${year} ${currency}`)).toEqual(["2024 SEK", "2025 NOK"]);
    expect(problems.map((problem) => `${problem.column}:${problem.reason}`)).toEqual([
      "Budget 1492:unknown_column", "Budget 2026 (DKK):unknown_column", "F:unknown_column",
    ]);
  });

  it("name columns as Excel does", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});
