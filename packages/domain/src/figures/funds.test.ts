import { describe, expect, it } from "vitest";
import {
  agreementFunds, countsAgainstAgreement, fundsAcrossAgreements, fundsOfEachAndAcross, fundsTable, fundsThrough, spendingYear,
  type AgreementMoney, type ApprovedSpending,
} from "./funds";

const kr = (kroner: number) => kroner * 100;

// Elverum+ is linked to two agreements: Elverum's own and Sør-Østerdal's. Elverum Vekst's own
// money is external; only the county's partnership funds count against either agreement.
const elverum: AgreementMoney = {
  agreementId: "elverum", periodStart: "2024-01-01", periodEnd: "2027-12-31", measureIds: ["elverum+"],
  commitments: [2024, 2025].map((year) => ({ year, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: kr(500_000) })),
};
const sorOsterdal: AgreementMoney = {
  agreementId: "sor-osterdal", periodStart: "2024-01-01", periodEnd: "2027-12-31", measureIds: ["elverum+", "trysil"],
  commitments: [{ year: 2024, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: kr(1_500_000) }],
};
const line = (reportId: string, measureId: string, periodEnd: string, fundingSource: ApprovedSpending["fundingSource"], kroner: number): ApprovedSpending =>
  ({ reportId, measureId, periodEnd, fundingSource, currency: "NOK", amountMinor: kr(kroner) });
const spending = [
  line("r2024", "elverum+", "2024-12-31", "county_partnership_funds", 300_000),
  line("r2024", "elverum+", "2024-12-31", "external", 650_000),
  line("trysil", "trysil", "2024-12-31", "county_partnership_funds", 200_000),
  line("r2023", "elverum+", "2023-12-31", "county_partnership_funds", 100_000),
];

describe("spending against an agreement", () => {
  it("counts only the agreement's funding sources, on its linked measures, in its years", () => {
    expect(spending.map((item) => countsAgainstAgreement(elverum, item))).toEqual([true, false, false, false]);
    expect(spending.map((item) => countsAgainstAgreement(sorOsterdal, item))).toEqual([true, false, true, false]);
  });

  it("is set against what was committed, per year and source, and is not over when it is within", () => {
    const table = agreementFunds(elverum, spending);
    expect(table.rows).toEqual([
      { year: 2024, fundingSource: "county_partnership_funds", currency: "NOK", committedMinor: kr(500_000), spentMinor: kr(300_000),
        remainingMinor: kr(200_000), overspent: false, state: "within" },
      { year: 2025, fundingSource: "county_partnership_funds", currency: "NOK", committedMinor: kr(500_000), spentMinor: 0,
        remainingMinor: kr(500_000), overspent: false, state: "noneSpent" },
    ]);
    expect(table.total).toMatchObject([{ committedMinor: kr(1_000_000), spentMinor: kr(300_000), remainingMinor: kr(700_000) }]);
  });

  it("counts a line once across agreements that both link its measure", () => {
    const county = fundsAcrossAgreements([elverum, sorOsterdal], spending);
    expect(county.byYear).toMatchObject([
      { year: 2024, committedMinor: kr(2_000_000), spentMinor: kr(500_000) },
      { year: 2025, committedMinor: kr(500_000), spentMinor: 0 },
    ]);
    const separately = [elverum, sorOsterdal].map((agreement) => agreementFunds(agreement, spending).total[0]?.spentMinor ?? 0);
    expect(separately).toEqual([kr(300_000), kr(500_000)]);
  });

  it("gives each agreement's table and the table across them at once, the same as asked one by one", () => {
    const both = fundsOfEachAndAcross([elverum, sorOsterdal], [...spending].reverse());
    expect(both.each).toEqual([
      { agreementId: elverum.agreementId, funds: agreementFunds(elverum, spending) },
      { agreementId: sorOsterdal.agreementId, funds: agreementFunds(sorOsterdal, spending) },
    ]);
    expect(both.across).toEqual(fundsAcrossAgreements([elverum, sorOsterdal], spending));
  });
});

describe("the funds table", () => {
  it("flags over-commitment per source and year, and spending where nothing was committed", () => {
    const table = fundsTable(
      [{ year: 2023, fundingSource: "council_funds", currency: "NOK", amountMinor: kr(30_000) }],
      [line("a", "m", "2023-12-31", "council_funds", 55_000), line("b", "m", "2024-06-30", "council_funds", 10_000)],
    );
    expect(table.rows.map((row) => [row.year, row.state, row.overspent, row.remainingMinor])).toEqual([
      [2023, "over", true, kr(-25_000)],
      [2024, "notCommitted", true, kr(-10_000)],
    ]);
  });

  it("refuses a funding source or currency it does not know rather than adding it to another cell", () => {
    const unknown = { ...line("a", "m", "2024-12-31", "council_funds", 1), currency: "DKK" } as unknown as ApprovedSpending;
    expect(() => fundsTable([], [unknown])).toThrow(/unknown funding source or currency/);
  });

  it("keeps currencies apart and orders sources as the domain lists them", () => {
    const table = fundsTable(
      [
        { year: 2024, fundingSource: "external", currency: "SEK", amountMinor: 5 },
        { year: 2024, fundingSource: "council_funds", currency: "NOK", amountMinor: 7 },
      ],
      [],
    );
    expect(table.rows.map((row) => row.fundingSource)).toEqual(["council_funds", "external"]);
    expect(table.total.map((row) => [row.currency, row.committedMinor])).toEqual([["NOK", 7], ["SEK", 5]]);
  });

  it("looks back to a year for an annual report", () => {
    const table = fundsThrough(agreementFunds(elverum, spending), 2024);
    expect(table.rows.map((row) => row.year)).toEqual([2024]);
    expect(table.total[0]?.committedMinor).toBe(kr(500_000));
  });

  it("gives spending the year its period ends", () => {
    expect(spendingYear("2027-01-15")).toBe(2027);
  });
});
