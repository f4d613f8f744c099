import type { Language } from "@samspill/i18n";
import type { ColumnType } from "./sheet-table.js";

// Excel number formats and CSV text per language. Excel shows the format with the reader's own
// separators; CSV has none, so it writes the decimal comma Nordic Excel expects (point in English).

const DATE_FORMATS: Record<Language, string> = {
  nb: "dd.mm.yyyy",
  nn: "dd.mm.yyyy",
  sv: "yyyy-mm-dd",
  en: "dd/mm/yyyy",
};

/** The Excel number format of a column type, or undefined for plain text. Money is whole units
 * with thousands grouped; the currency is in the column's heading, not in every cell. */
export function excelFormat(type: ColumnType, lang: Language): string | undefined {
  switch (type) {
    case "date":
      return DATE_FORMATS[lang];
    case "integer":
      return "0";
    // Whole percent under a heading that says "(%)", so no cell says the unit a second time.
    case "percent":
      return "0";
    case "money":
      return "#,##0";
    case "text":
      return undefined;
  }
}

/** A date as a person writes it in the language: `31.12.2024`, `2024-12-31`, `31/12/2024`. */
export function writtenDate(date: Date, lang: Language): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  const yyyy = String(date.getUTCFullYear());
  return DATE_FORMATS[lang].replace("dd", dd).replace("mm", mm).replace("yyyy", yyyy);
}

/** A plain decimal number with the language's decimal mark and no grouping: `1234,5`. */
export function writtenDecimal(value: number, lang: Language, fractionDigits?: number): string {
  const text = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  return lang === "en" ? text : text.replace(".", ",");
}
