import { describe, expect, it } from "vitest";
import { offeredFundingSources, spendingLines, spentTotal } from "./report-spending";

describe("a report's spending by funding source", () => {
  const spending = {
    currency: "NOK" as const,
    lines: [
      { fundingSource: "external" as const, amountMinor: 650_000_00 },
      { fundingSource: "council_funds" as const, amountMinor: 0 },
      { fundingSource: "county_partnership_funds" as const, amountMinor: 300_000_00 },
    ],
  };

  it("stores only sources with money, in the domain's order, and totals them", () => {
    expect(spendingLines(spending).map((line) => line.fundingSource)).toEqual(["county_partnership_funds", "external"]);
    expect(spentTotal(spending)).toEqual({ amountMinor: 950_000_00, currency: "NOK" });
  });

  it("offers the budget's sources and those already used, else all", () => {
    expect(offeredFundingSources(["external", "county_partnership_funds", "external"])).toEqual(["county_partnership_funds", "external"]);
    expect(offeredFundingSources(["external"], [{ fundingSource: "council_funds" }])).toEqual(["council_funds", "external"]);
    expect(offeredFundingSources([])).toHaveLength(4);
  });
});
