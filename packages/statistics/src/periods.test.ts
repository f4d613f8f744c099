import { describe, expect, it } from "vitest";
import { parsePeriod, periodDate } from "./periods.js";

describe("periods", () => {
  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2024K1", "2024-01-01", "2024-03-31"],
    ["2024Q4", "2024-10-01", "2024-12-31"],
    ["2024M02", "2024-02-01", "2024-02-29"],
    ["2023M02", "2023-02-01", "2023-02-28"],
    ["2024H2", "2024-07-01", "2024-12-31"],
  ])("reads %s as %s to %s", (code, start, end) => {
    expect(parsePeriod(code)).toEqual({ start, end });
  });

  it("takes Kolada's numeric years and the chosen edge", () => {
    expect(periodDate(2023, "end")).toBe("2023-12-31");
    expect(periodDate("2024", "start")).toBe("2024-01-01");
  });

  it.each(["2024K5", "2024M13", "24", "2024U01", ""])("gives no date for %s", (code) => {
    expect(parsePeriod(code)).toBeNull();
  });
});
