import { fundsOfAgreements, listCountyAgreements, listRequirementsOfCounty, type Executor } from "@samspill/db";
import type { SheetAgreement } from "@samspill/documents";
import { groupBy, reportingRequirementState, type IsoDate } from "@samspill/domain";

// The county's agreements for the overview spreadsheet: the dashboard's list, each agreement's
// money by funding source and year exactly as its page and the dashboard have it, and how many
// reporting requirements are fulfilled, still due and overdue today. Set-based: the same number
// of queries however many agreements the county holds.

export async function agreementSheetData(db: Executor, countyId: string, today: IsoDate): Promise<SheetAgreement[]> {
  const [agreements, funds, requirements] = await Promise.all([
    listCountyAgreements(db, countyId),
    fundsOfAgreements(db, { countyId }),
    listRequirementsOfCounty(db, countyId),
  ]);
  const fundsOf = new Map(funds.agreements.map((row) => [row.agreementId, row.funds]));
  const requirementsOf = groupBy(requirements, (row) => row.agreementId);
  return agreements.map((agreement) => {
    const own = requirementsOf.get(agreement.id) ?? [];
    const states = own.map((row) => reportingRequirementState(row, today));
    const open = own.filter((row) => row.fulfilledOn === null).map((row) => row.dueDate).sort();
    return {
      title: agreement.title,
      caseNumber: agreement.caseNumber,
      status: agreement.status,
      parties: agreement.parties.map((party) => party.name),
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
      funds: fundsOf.get(agreement.id)?.rows ?? [],
      requirements: {
        fulfilled: states.filter((state) => state === "fulfilled").length,
        due: states.filter((state) => state === "due").length,
        overdue: states.filter((state) => state === "overdue").length,
        nextDue: open[0] ?? null,
      },
    };
  });
}
