import { formatDate, formatDateRange, type Language } from "@samspill/i18n";

export type MeasurePeriodText =
  | { kind: "range"; text: string }
  | { kind: "from" | "until"; date: string }
  | { kind: "none" };

/** A measure's time frame, either end of which may still be open. */
export function measurePeriod(start: string | null, end: string | null, lang: Language): MeasurePeriodText {
  if (start && end) return { kind: "range", text: formatDateRange(start, end, lang) };
  if (start) return { kind: "from", date: formatDate(start, lang) };
  if (end) return { kind: "until", date: formatDate(end, lang) };
  return { kind: "none" };
}
