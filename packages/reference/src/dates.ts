import { z } from "zod";

// ISO calendar dates (YYYY-MM-DD), which compare correctly as strings. Validity in the lists is
// inclusive on both ends, as in the database; KLASS's ranges end on the first day no longer
// valid, so the two meet through `addDays(…, ±1)`.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const IsoDateSchema = z.string().refine(isIsoDate, { message: "expected a date YYYY-MM-DD" });

/** The date `days` after (or, negative, before) an ISO date. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** Today's date in Norway, where the lists are maintained. */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
