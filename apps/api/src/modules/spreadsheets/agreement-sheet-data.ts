import { countyDashboard, findAgreementDetails, listSpendingOfAgreement, type Executor } from "@samspill/db";
import type { SheetAgreement, SheetAgreementYear } from "@samspill/documents";
import { fundingTotals, reportingRequirementState, type IsoDate, type Money } from "@samspill/domain";

// The county's agreements for the overview spreadsheet: the dashboard's list, and per agreement
// what `agreements.get` shows of money and reporting — committed and spent per year, and how
// many reporting requirements are fulfilled, still due and overdue today.

function years(committed: readonly { year: number; amount: Money }[], spent: readonly { year: number; amountMinor: number; currency: Money["currency"] }[]): SheetAgreementYear[] {
  const all = [...new Set([...committed.map((row) => row.year), ...spent.map((row) => row.year)])].sort((a, b) => a - b);
  return all.map((year) => {
    const spentRow = spent.find((row) => row.year === year);
    return {
      year,
      committed: committed.find((row) => row.year === year)?.amount ?? null,
      spent: spentRow ? { amountMinor: spentRow.amountMinor, currency: spentRow.currency } : null,
    };
  });
}

export async function agreementSheetData(db: Executor, countyId: string, today: IsoDate): Promise<SheetAgreement[]> {
  const { agreements } = await countyDashboard(db, countyId);
  const rows: SheetAgreement[] = [];
  for (const listed of agreements) {
    const details = await findAgreementDetails(db, listed.id);
    if (!details) continue;
    const funding = details.fundingCommitments.map((row) => ({ year: row.year, amount: { amountMinor: Number(row.amountMinor), currency: row.currency } }));
    // An agreement's commitments share one currency; spending is counted in it.
    const currency = funding[0]?.amount.currency;
    const spent = await listSpendingOfAgreement(db, listed.id, currency);
    const open = details.reportingRequirements.filter((row) => row.fulfilledOn === null).map((row) => row.dueDate).sort();
    const states = details.reportingRequirements.map((row) => reportingRequirementState(row, today));
    rows.push({
      title: listed.title,
      caseNumber: details.agreement.caseNumber,
      status: listed.status,
      parties: listed.parties.map((party) => party.name),
      periodStart: listed.periodStart,
      periodEnd: listed.periodEnd,
      years: years(currency ? fundingTotals(funding, currency).byYear : [], spent),
      requirements: {
        fulfilled: states.filter((state) => state === "fulfilled").length,
        due: states.filter((state) => state === "due").length,
        overdue: states.filter((state) => state === "overdue").length,
        nextDue: open[0] ?? null,
      },
    });
  }
  return rows;
}
