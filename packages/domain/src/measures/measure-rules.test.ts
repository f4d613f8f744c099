import { describe, expect, it } from "vitest";
import { budgetTotals } from "./budget-totals";
import { assertMeasureTakesParts, nextStatusAndProgress } from "./measure-rules";

describe("measure rules", () => {
  it("gives parts to shared measures only", () => {
    expect(() => assertMeasureTakesParts({ scope: "shared" })).not.toThrow();
    expect(() => assertMeasureTakesParts({ scope: "local" })).toThrow(/local_measure_has_no_parts/);
  });

  it("moves status along the transitions and completes at 100", () => {
    expect(nextStatusAndProgress({ status: "in_progress", progress: 40 }, { status: "completed" })).toEqual({ status: "completed", progress: 100 });
    expect(nextStatusAndProgress({ status: "planned", progress: 0 }, { progress: 10 })).toEqual({ status: "planned", progress: 10 });
    expect(() => nextStatusAndProgress({ status: "completed", progress: 100 }, { status: "planned" })).toThrow(/status_terminal/);
  });

  it("totals budget lines per year, source and currency", () => {
    const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" as const });
    const totals = budgetTotals([
      { year: 2025, fundingSource: "external", amount: nok(100) },
      { year: 2024, fundingSource: "council_funds", amount: nok(50) },
      { year: 2024, fundingSource: "external", amount: { amountMinor: 7, currency: "SEK" } },
    ]);
    expect(totals.total).toEqual([nok(150), { amountMinor: 7, currency: "SEK" }]);
    expect(totals.byYear).toEqual([
      { year: 2024, amounts: [nok(50), { amountMinor: 7, currency: "SEK" }] },
      { year: 2025, amounts: [nok(100)] },
    ]);
    expect(totals.bySource.map((entry) => entry.fundingSource)).toEqual(["council_funds", "external"]);
  });
});
