import { IsoDateSchema } from "@samspill/domain";

// Typed values from what people write in cells: dates in the forms the four languages use,
// amounts with spaces, currency marks and decimal commas, percentages with or without `%`.

const TEXT_DATE_FORMS: Array<{ pattern: RegExp; order: "ymd" | "dmy" }> = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: "ymd" },
  { pattern: /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/, order: "dmy" },
];

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return IsoDateSchema.safeParse(iso).success ? iso : null;
}

/** A date cell's day: exceljs gives dates at UTC midnight of the day Excel shows. */
export function isoOfDate(date: Date): string | null {
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function parseTextDate(text: string): string | null {
  for (const { pattern, order } of TEXT_DATE_FORMS) {
    const match = pattern.exec(text.trim());
    if (!match) continue;
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return order === "ymd" ? isoOf(a, b, c) : isoOf(c, b, a);
  }
  return null;
}

/** A date typed where Excel saw a plain number: the serial day count from 1899-12-30. */
export function parseSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return isoOfDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

/** `1 234,50 kr`, `NOK 1234.5`, `1.234,50` → 1234.5; null when it is not a number. */
export function parseAmountText(text: string): number | null {
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^(kr\.?|nok|sek|eur|€)|(kr\.?|nok|sek|eur|€|,-)$/gi, "");
  const comma = cleaned.lastIndexOf(",");
  const point = cleaned.lastIndexOf(".");
  // The mark that comes last is the decimal one; the other groups thousands.
  if (comma > point) cleaned = cleaned.replace(/\./g, "").replace(",", ".");
  else if (point > comma && comma >= 0) cleaned = cleaned.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** `55`, `55 %`, `55,0%` → 55 (as a number of percent). */
export function parsePercentText(text: string): number | null {
  const match = /^([-+]?\d+(?:[.,]\d+)?)\s*%?$/.exec(text.replace(/[\u00a0\u202f]/g, " ").trim());
  return match?.[1] ? Number(match[1].replace(",", ".")) : null;
}
