import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseTimestamptz } from "./timestamps.js";

const driverParser = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);
const time = (value: unknown) => (value instanceof Date ? value.getTime() : value);

describe("reading a timestamptz", () => {
  it("gives the instant the driver's own parser gives", () => {
    const samples = [
      "2026-12-06 18:20:41.137123+00", "2026-12-06 18:20:41+01", "2026-03-29 02:30:00+02", "2026-10-25 02:30:00.5+01",
      "1999-12-31 23:59:59.999999+00", "2026-01-01 00:00:00+05:30", "2026-06-30 12:00:00-03", "2024-02-29 23:59:59.000001-09:30",
      "0044-03-15 12:00:00+00 BC", "infinity", "-infinity", "1900-01-01 00:00:00+00:09:21",
    ];
    for (let index = 0; index < 500; index++) {
      const pad = (value: number, size = 2) => String(value).padStart(size, "0");
      samples.push(`20${pad(index % 40)}-${pad(1 + (index % 12))}-${pad(1 + (index % 28))} ${pad(index % 24)}:${pad(index % 60)}:${pad((index * 7) % 60)}.${pad((index * 7919) % 1_000_000, 6)}${index % 3 ? "+" : "-"}${pad(index % 14)}`);
    }
    for (const sample of samples) expect(time(parseTimestamptz(sample)), sample).toEqual(time(driverParser(sample)));
  });
});
