import { describe, expect, it } from "vitest";
import { spendingRows } from "./spending-rows";

const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" as const });

describe("spendingRows", () => {
  it("puts committed and spent side by side for every year with either, and marks each year", () => {
    const totals = { byYear: [{ year: 2024, amount: nok(100) }, { year: 2025, amount: nok(50) }, { year: 2026, amount: nok(10) }], total: nok(160) };
    const spent = [{ year: 2024, amountMinor: 80, currency: "NOK" as const }, { year: 2025, amountMinor: 60, currency: "NOK" as const }, { year: 2027, amountMinor: 5, currency: "NOK" as const }];
    expect(spendingRows(totals, spent)).toEqual([
      { year: 2024, committedMinor: 100, spentMinor: 80, state: "within" },
      { year: 2025, committedMinor: 50, spentMinor: 60, state: "over" },
      { year: 2026, committedMinor: 10, spentMinor: 0, state: "noneSpent" },
      { year: 2027, committedMinor: 0, spentMinor: 5, state: "notCommitted" },
    ]);
  });
});
