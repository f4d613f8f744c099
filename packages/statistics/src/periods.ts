// Time codes of the sources as ISO dates. SSB writes years "2024", quarters "2024K1", months
// "2024M01" and half-years "2024H1"; Kolada gives years (2024). A value belongs to a date in
// Samspill, so the caller chooses the period's first or last day: SSB's population "1 January"
// is the start of the year, most Kolada key figures describe the year that ended.

export type PeriodEdge = "start" | "end";

export interface Period {
  start: string;
  end: string;
}

const pad = (value: number) => String(value).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function months(year: number, first: number, last: number): Period {
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/** The first and last day of a time code, or null for a code that is not a known period. */
export function parsePeriod(code: string | number): Period | null {
  const text = String(code).trim();
  const match = /^(\d{4})(?:([KQMH])(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const kind = match[2];
  const number = Number(match[3]);
  if (kind === undefined) return months(year, 1, 12);
  if ((kind === "K" || kind === "Q") && number >= 1 && number <= 4) return months(year, number * 3 - 2, number * 3);
  if (kind === "H" && (number === 1 || number === 2)) return months(year, number * 6 - 5, number * 6);
  if (kind === "M" && number >= 1 && number <= 12) return months(year, number, number);
  return null;
}

export function periodDate(code: string | number, edge: PeriodEdge): string | null {
  const period = parsePeriod(code);
  return period ? period[edge] : null;
}
