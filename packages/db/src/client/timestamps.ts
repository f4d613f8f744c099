import pg from "pg";

// `timestamptz` values as PostgreSQL writes them (DateStyle ISO): "2026-12-06 18:20:41.137123+01",
// the offset in hours, or hours and minutes. A programme page reads a few thousand of them; the
// driver's own parser takes about 1.2 µs each, this one about 0.5 µs, by handing an ISO 8601
// string to `Date`. Anything else (BC years, infinity, an offset with seconds) goes to the driver's.

const ISO_TIMESTAMPTZ = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(?::(\d{2}))?$/;
const driverParser = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);

export function parseTimestamptz(value: string): Date | number {
  const match = ISO_TIMESTAMPTZ.exec(value);
  if (!match) return driverParser(value) as Date | number;
  const [, date, time, hours, minutes] = match;
  return new Date(`${date}T${time}${hours}:${minutes ?? "00"}`);
}
