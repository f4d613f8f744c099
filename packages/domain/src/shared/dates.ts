import type { z } from "zod";
import type { IsoDate } from "./primitives";

// Dates are ISO strings, which compare correctly as strings; ranges are inclusive on both
// ends (`validTo` is the last valid day) and an absent end means "still open".

type Comparable = string | number;
type RangeBound = Comparable | null | undefined;

export function isOrderedRange(start: RangeBound, end: RangeBound): boolean {
  if (start === null || start === undefined || end === null || end === undefined) return true;
  return start <= end;
}

/**
 * A refinement for object schemas: `end` must not come before `start`. The issue is put on the
 * end field so forms can show it there. Missing bounds pass, so the same check serves partial
 * update inputs (the API checks the merged row again before saving).
 */
export function orderedRange<S extends string, E extends string>(startKey: S, endKey: E) {
  return (value: { [K in S | E]?: RangeBound }, ctx: z.RefinementCtx): void => {
    if (isOrderedRange(value[startKey], value[endKey])) return;
    ctx.addIssue({
      code: "custom",
      message: `${endKey} must not be before ${startKey}`,
      path: [endKey],
      params: { reason: "range_not_ordered", startKey, endKey },
    });
  };
}

export interface DateRange {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** Whether two inclusive ranges share at least one day; a null end is open. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function isWithinRange(range: DateRange, date: IsoDate): boolean {
  return range.validFrom <= date && (range.validTo === null || date <= range.validTo);
}

/**
 * The calendar date of an instant where the organisation is. Deadlines are local days: a report
 * sent at 00:30 in Oslo on the day after the deadline is late, though it is still the deadline
 * day in UTC. Intl does this without any I/O.
 */
export function localDate(instant: Date, timeZone = "Europe/Oslo"): IsoDate {
  return calendarFormat(timeZone).format(instant);
}

// Building a formatter with a time zone costs about half a millisecond, and every dashboard asks
// for today; there are only a few zones, so each one's formatter is built once.
const calendarFormats = new Map<string, Intl.DateTimeFormat>();

function calendarFormat(timeZone: string): Intl.DateTimeFormat {
  let format = calendarFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    calendarFormats.set(timeZone, format);
  }
  return format;
}
