import { formatNumber, type Language } from "@samspill/i18n";

// Amounts as a money field or a budget cell shows and reads them: in the reader's number format,
// in the currency's major unit (kroner), with øre only when there are any. Pasted cells from
// Excel arrive in the same format, or plain ("150000", "1250.5"), sometimes with "kr" after them.

/** Minor units as the cell shows them: nb "150 000", en "150,000", "1 250,50" when there are øre. */
export function amountInputText(amountMinor: number, language: Language): string {
  const fraction = amountMinor % 100 === 0 ? 0 : 2;
  return formatNumber(amountMinor / 100, language, { minimumFractionDigits: fraction, maximumFractionDigits: 2 });
}

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY = /^(?:kr|nok|sek)\.?|(?:kr|nok|sek)\.?$/gi;
const PLAIN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * A cell's text as minor units: null when the cell is empty, "invalid" when it is not a plain,
 * non-negative amount with at most two decimals that can be held exactly. English groups with
 * commas and marks decimals with a dot; Norwegian and Swedish group with spaces (or dots) and
 * mark decimals with a comma, though a dot is read as one too.
 */
export function parseAmountInput(text: string, language: Language): number | null | "invalid" {
  let compact = text.replace(SPACES, "").replace(CURRENCY, "");
  if (compact === "") return text.trim() === "" ? null : "invalid";
  if (language === "en") compact = compact.replace(/,/g, "");
  else compact = (compact.includes(",") ? compact.replace(/\./g, "") : compact).replace(",", ".");
  const match = PLAIN.exec(compact);
  if (!match) return "invalid";
  const minor = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : "invalid";
}

/** A block copied from a spreadsheet (tab between cells, a line per row) as rows of cells. */
export function pastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // A spreadsheet ends what it copies with a line break.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t").map((cell) => cell.trim()));
}
