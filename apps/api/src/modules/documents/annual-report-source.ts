import {
  findAgreementDetails, findAnnualReportText, findProgrammeTree, fundsOfAgreement, listBudgetLinesOfMeasures,
  listMeasuresOfObligations, measureFundsOf, measureSpendingOfAgreement, listProgrammeIdsReportedIn, listReportedValuesOfReports, listSpendingOfReports,
  listStatusReportsByPeriod,
  type AnnualReportTextRow, type Executor, type ProgrammeTree, type ReportingPeriodRow,
} from "@samspill/db";
import { FILE_SIZE_LIMITS, refuseLargerThan, type AnnualReportData, type AnnualReportTexts } from "@samspill/documents";
import { currentMeasureVersions, fundsThrough, overspentYears, spendingYear, type LanguageForm, type Money } from "@samspill/domain";
import { found } from "../../trpc/found.js";
import { documentLogo, existingOrganisation } from "../organisations/organisation-logo.js";
import { periodItems } from "../reports/period-items.js";
import { agreementDueDate } from "./agreement-due-date.js";
import { focusAreaEntries, measureEntries, measuresById } from "./annual-report-entries.js";
import { officialNames } from "./official-names.js";
import type { ReportScope } from "./report-scope.js";

// Loads what the report to the county is made of: the agreement with its obligations, its
// reporting requirements and its money (packages/domain/FIGURES.md, as its page shows it), the
// period's expected and approved reports (only the reporter's own when the party is a member
// municipality), the programmes they belong to, the indicator values and spending by funding
// source the approved reports carry, and what the secretariat wrote. A fixed number of queries,
// plus one per programme in the period; past the document's size limit, refused before the rest.

export interface AnnualReportSource {
  data: AnnualReportData;
  language: LanguageForm;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function textsOf(row: AnnualReportTextRow | undefined): AnnualReportTexts | null {
  if (!row) return null;
  const { summary, approval, signatoryName, signatoryTitle, place, signedOn } = row;
  return { summary, approval, signatoryName, signatoryTitle, place, signedOn };
}

export async function loadAnnualReport(
  db: Executor,
  input: { agreementId: string; period: ReportingPeriodRow; scope: ReportScope; today: string },
): Promise<AnnualReportSource> {
  const { period, scope } = input;
  const details = found(await findAgreementDetails(db, input.agreementId), "agreement");
  const inScope = (organisationId: string) => !scope.organisationIds || scope.organisationIds.includes(organisationId);
  const [reporter, { items, figures }, reportsAll, reportedProgrammeIds, linked, funds, texts, logo] = await Promise.all([
    existingOrganisation(db, scope.reporterId),
    periodItems(db, period, input.today, scope.organisationIds),
    listStatusReportsByPeriod(db, period.id),
    listProgrammeIdsReportedIn(db, period.id),
    listMeasuresOfObligations(db, details.obligations.map((obligation) => obligation.id)),
    fundsOfAgreement(db, details.agreement.id),
    findAnnualReportText(db, input.agreementId, period.id),
    documentLogo(db, scope.reporterId),
  ]);
  const approved = reportsAll.filter((report) => inScope(report.organisationId) && report.workflowStatus === "approved");
  const programmeIds = unique([...items.map((item) => item.programmeId), ...reportedProgrammeIds]);
  const trees = (await Promise.all(programmeIds.map((id) => findProgrammeTree(db, id)))).filter(
    (tree): tree is ProgrammeTree => tree !== undefined,
  );
  const included = new Set([...items.map((item) => item.measureId), ...approved.map((report) => report.measureId)]);
  const { agreement } = details;
  const measureIds = unique([...included, ...linked.map((link) => link.measureId)]);
  refuseLargerThan(measureIds.length, FILE_SIZE_LIMITS.documentMeasures, "measures");
  const [lines, name, values, spending, measureFunds, ofAgreement] = await Promise.all([
    listBudgetLinesOfMeasures(db, measureIds),
    officialNames(db, [reporter.id, agreement.countyId, ...details.parties.map((party) => party.organisationId), ...approved.map((report) => report.organisationId)]),
    listReportedValuesOfReports(db, approved.map((report) => report.id)),
    listSpendingOfReports(db, approved.map((report) => report.id)),
    measureFundsOf(db, measureIds),
    // The obligations' measures: what of this period's approved spending is the agreement's money.
    measureSpendingOfAgreement(db, details.agreement.id, approved.map((report) => report.id)),
  ]);

  const [firstYear, lastYear] = [spendingYear(period.periodStart), spendingYear(period.periodEnd)];
  const overspentIn = (measureId: string) => overspentYears(measureFunds, measureId).filter((year) => year >= firstYear && year <= lastYear);
  const spentOfAgreement = (measureId: string): Money[] => ofAgreement
    .filter((row) => row.measureId === measureId)
    .map((row) => ({ amountMinor: row.spentMinor, currency: row.currency }));
  const entryOf = measureEntries(approved, lines, spending, (id) => name(id) ?? "", overspentIn);
  const measures = measuresById(trees);
  return {
    language: reporter.languageForm,
    data: {
      council: { name: name(reporter.id) ?? reporter.name, logo },
      county: { name: name(agreement.countyId) ?? "" },
      agreement: { title: agreement.title, caseNumber: agreement.caseNumber, dueDate: agreementDueDate(details.reportingRequirements, period.periodEnd) },
      period: { name: period.name, periodStart: period.periodStart, periodEnd: period.periodEnd },
      texts: textsOf(texts),
      obligations: details.obligations.map((obligation) => ({
        title: obligation.title,
        description: obligation.description,
        partyName: name(obligation.partyId) ?? "",
        // Each measure once, in the version in force, though a revision draft's copy is linked too.
        measures: currentMeasureVersions(
          linked.filter((link) => link.obligationId === obligation.id).map((link) => ({ ...link, id: link.measureId })),
        ).map((link) => ({
            ...entryOf(measures.get(link.measureId) ?? { ...link, id: link.measureId }),
            spentOfAgreement: spentOfAgreement(link.measureId),
          })),
      })),
      // The report looks back: the agreement's money up to the year the period's spending belongs to.
      funds: fundsThrough(funds, spendingYear(period.periodEnd)),
      ...focusAreaEntries(trees, included, entryOf),
      indicatorValues: values.map((value) => ({
        name: value.name,
        unit: value.unit,
        measureTitle: value.measureId ? (measures.get(value.measureId)?.title ?? null) : null,
        municipalityName: value.municipalityName,
        value: value.value,
        target: value.target,
      })),
      approvedCount: figures.approved,
      generatedOn: input.today,
    },
  };
}
