import { describe, expect, it } from "vitest";
import { fundsByYear } from "./funds-by-year";

const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" as const });

describe("fundsByYear", () => {
  it("sums committed over sources and sets spent beside it, year by year", () => {
    const rows = fundsByYear(
      [
        { year: 2023, source: "county_partnership_funds", amount: nok(100_000) },
        { year: 2022, source: "county_partnership_funds", amount: nok(200_000) },
        { year: 2022, source: "council_funds", amount: nok(50_000) },
      ],
      [{ year: 2022, amount: nok(125_000) }],
    );
    expect(rows).toEqual([
      { year: 2022, committedMinor: 250_000, spentMinor: 125_000, sharePercent: 50 },
      { year: 2023, committedMinor: 100_000, spentMinor: 0, sharePercent: 0 },
    ]);
  });

  it("keeps a year with spending but no commitment, without a share", () => {
    expect(fundsByYear([], [{ year: 2024, amount: nok(10) }])).toEqual([
      { year: 2024, committedMinor: 0, spentMinor: 10, sharePercent: null },
    ]);
  });
});
