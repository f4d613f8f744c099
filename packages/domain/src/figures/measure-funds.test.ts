import { describe, expect, it } from "vitest";
import { agreementFunds, type AgreementMoney, type ApprovedSpending } from "./funds";
import { measureYearFunds, overspentYears, spentAgainstAgreementByMeasure } from "./measure-funds";

const kr = (kroner: number) => kroner * 100;
const line = (reportId: string, measureId: string, periodEnd: string, fundingSource: ApprovedSpending["fundingSource"], kroner: number): ApprovedSpending =>
  ({ reportId, measureId, periodEnd, fundingSource, currency: "NOK", amountMinor: kr(kroner) });

describe("a measure's budget against its spending per year", () => {
  // Felles møter med LO og NHO: 30 000 kr budgeted each year, 55 000 kr spent in 2023.
  const budget = [2022, 2023].map((year) => ({ measureId: "lo-nho", year, currency: "NOK" as const, amountMinor: kr(30_000) }));
  const spending = [
    line("2022", "lo-nho", "2022-12-31", "council_funds", 25_000),
    line("2023", "lo-nho", "2023-12-31", "council_funds", 55_000),
    // A part's report and a municipality's own money count for the measure too; T1 2024 belongs to 2024.
    line("t1", "lo-nho", "2024-04-30", "municipal_own_contribution", 5_000),
  ];

  it("is overspent in a year when it spent more than it budgeted for it, whatever the source", () => {
    const figures = measureYearFunds(budget, spending);
    expect(figures).toEqual([
      { measureId: "lo-nho", year: 2022, currency: "NOK", budgetMinor: kr(30_000), spentMinor: kr(25_000), overspent: false },
      { measureId: "lo-nho", year: 2023, currency: "NOK", budgetMinor: kr(30_000), spentMinor: kr(55_000), overspent: true },
      { measureId: "lo-nho", year: 2024, currency: "NOK", budgetMinor: 0, spentMinor: kr(5_000), overspent: true },
    ]);
    expect(overspentYears(figures, "lo-nho")).toEqual([2023, 2024]);
    expect(overspentYears(figures, "another")).toEqual([]);
  });

  it("is not overspent when it spent exactly its budget", () => {
    const figures = measureYearFunds(budget, [line("2022", "lo-nho", "2022-12-31", "council_funds", 30_000)]);
    expect(figures.map((row) => row.overspent)).toEqual([false, false]);
  });
});

describe("a measure's spending against an agreement", () => {
  const agreement: AgreementMoney = {
    agreementId: "hamar", periodStart: "2022-01-01", periodEnd: "2026-12-31", measureIds: ["lade", "lo-nho"],
    commitments: [{ year: 2023, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: kr(2_000_000) }],
  };
  const spending = [
    line("hamar", "lade", "2023-12-31", "county_partnership_funds", 120_000),
    line("hamar", "lade", "2023-12-31", "municipal_own_contribution", 180_000),
    line("stange", "lade", "2023-12-31", "county_partnership_funds", 90_000),
    line("lo", "lo-nho", "2023-12-31", "council_funds", 55_000),
    line("other", "elsewhere", "2023-12-31", "county_partnership_funds", 1_000),
  ];

  it("counts the county's money only, and adds up to the agreement's spent", () => {
    const byMeasure = spentAgainstAgreementByMeasure(agreement, spending);
    expect(byMeasure).toEqual([{ measureId: "lade", currency: "NOK", spentMinor: kr(210_000) }]);
    const spent = byMeasure.reduce((sum, row) => sum + row.spentMinor, 0);
    expect(spent).toBe(agreementFunds(agreement, spending).total[0]?.spentMinor);
  });
});
