import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isOrderedRange, localDate, orderedRange, rangesOverlap } from "./dates";
import { IsoDateSchema } from "./primitives";

describe("IsoDateSchema", () => {
  it.each(["2024-01-01", "2024-02-29", "2023-12-31"])("accepts %s", (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(true);
  });

  it.each(["2023-02-29", "2024-02-30", "2024-13-01", "2024-04-31", "24-01-01", "2024-1-1", "2024-01-01T00:00:00Z", ""])(
    "rejects %s",
    (value) => {
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    },
  );
});

describe("orderedRange", () => {
  const Schema = z
    .strictObject({ startDate: IsoDateSchema.optional(), endDate: IsoDateSchema.nullable().optional() })
    .superRefine(orderedRange("startDate", "endDate"));

  it("accepts ordered, equal, open and partial ranges", () => {
    expect(Schema.safeParse({ startDate: "2024-01-01", endDate: "2024-12-31" }).success).toBe(true);
    expect(Schema.safeParse({ startDate: "2024-01-01", endDate: "2024-01-01" }).success).toBe(true);
    expect(Schema.safeParse({ startDate: "2024-01-01", endDate: null }).success).toBe(true);
    expect(Schema.safeParse({ endDate: "2020-01-01" }).success).toBe(true);
  });

  it("puts the issue on the end field", () => {
    const result = Schema.safeParse({ startDate: "2024-12-31", endDate: "2024-01-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["endDate"]);
  });

  it("prefixes the path when the range is nested", () => {
    const Outer = z.strictObject({ period: Schema });
    const result = Outer.safeParse({ period: { startDate: "2024-12-31", endDate: "2024-01-01" } });
    expect(result.error?.issues[0]?.path).toEqual(["period", "endDate"]);
  });

  it("orders numbers too (years)", () => {
    expect(isOrderedRange(2030, 2020)).toBe(false);
    expect(isOrderedRange(2020, 2030)).toBe(true);
  });
});

describe("rangesOverlap", () => {
  const closed = { validFrom: "2020-01-01", validTo: "2023-12-31" };

  it.each([
    [{ validFrom: "2024-01-01", validTo: null }, false],
    [{ validFrom: "2023-12-31", validTo: null }, true],
    [{ validFrom: "2010-01-01", validTo: "2019-12-31" }, false],
    [{ validFrom: "2010-01-01", validTo: "2020-01-01" }, true],
    [{ validFrom: "2021-01-01", validTo: "2021-06-30" }, true],
    [{ validFrom: "2010-01-01", validTo: null }, true],
  ])("%o overlaps 2020–2023: %s", (other, expected) => {
    expect(rangesOverlap(closed, other)).toBe(expected);
    expect(rangesOverlap(other, closed)).toBe(expected);
  });
});

describe("localDate", () => {
  it("uses the local calendar day, not UTC", () => {
    expect(localDate(new Date("2024-03-31T22:30:00Z"))).toBe("2024-04-01");
    expect(localDate(new Date("2024-03-31T22:30:00Z"), "UTC")).toBe("2024-03-31");
  });
});
