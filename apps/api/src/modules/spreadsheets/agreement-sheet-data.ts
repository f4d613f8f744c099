import { fundsOfAgreements, listCountyAgreements, listRequirementsOfCounty, type Executor } from "@samspill/db";
import type { AgreementsSheetData } from "@samspill/documents";
import { groupBy, reportingRequirementState, type IsoDate } from "@samspill/domain";
import { officialNames } from "../documents/official-names.js";

// The county's agreements for the overview spreadsheet: the dashboard's list with the parties
// named as they sign ("Elverum kommune"), each agreement's money by funding source and year
// exactly as its page and the dashboard have it, how many reporting requirements are fulfilled,
// still due and overdue today, and the county's total across them with each spending line once,
// as the dashboard has it. Set-based: the same number of queries however many agreements.

export async function agreementSheetData(
  db: Executor,
  countyId: string,
  today: IsoDate,
): Promise<Pick<AgreementsSheetData, "agreements" | "total">> {
  const [agreements, funds, requirements] = await Promise.all([
    listCountyAgreements(db, countyId),
    fundsOfAgreements(db, { countyId }),
    listRequirementsOfCounty(db, countyId),
  ]);
  const official = await officialNames(db, agreements.flatMap((agreement) => agreement.parties.map((party) => party.organisationId)));
  const fundsOf = new Map(funds.agreements.map((row) => [row.agreementId, row.funds]));
  const requirementsOf = groupBy(requirements, (row) => row.agreementId);
  const rows = agreements.map((agreement) => {
    const own = requirementsOf.get(agreement.id) ?? [];
    const states = own.map((row) => reportingRequirementState(row, today));
    const open = own.filter((row) => row.fulfilledOn === null).map((row) => row.dueDate).sort();
    return {
      title: agreement.title,
      caseNumber: agreement.caseNumber,
      status: agreement.status,
      parties: agreement.parties.map((party) => official(party.organisationId) ?? party.name),
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
  return { agreements: rows, total: funds.across.total };
}
