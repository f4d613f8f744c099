import {
  findAgreementDetails, findAnnualReportText, findProgrammeTree, listBudgetLinesOfMeasures, listExpectedReports,
  listMeasuresOfObligations, listProgrammeIdsReportedIn, listReportedValuesOfReports, listSpendingOfAgreement,
  listStatusReportsByPeriod,
  type AnnualReportTextRow, type Executor, type ProgrammeTree, type ReportingPeriodRow,
} from "@samspill/db";
import type { AnnualReportData, AnnualReportTexts } from "@samspill/documents";
import type { LanguageForm } from "@samspill/domain";
import { found } from "../../trpc/found.js";
import { documentLogo, existingOrganisation } from "../organisations/organisation-logo.js";
import { focusAreaEntries, measureEntries, measuresById } from "./annual-report-entries.js";
import { agreementDueDate, fundingFigures } from "./annual-report-funding.js";
import { officialNames } from "./official-names.js";
import type { ReportScope } from "./report-scope.js";

// Loads what the report to the county is made of: the agreement with its obligations, funding
// and reporting requirements, the period's approved reports (only the reporter's own when the
// party is a member municipality) and the measures expected to report, the programmes they
// belong to, the indicator values the approved reports carry, and what the secretariat wrote.
// A fixed number of queries, plus one per programme in the period.

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
  const currency = details.fundingCommitments[0]?.currency;
  const [reporter, expectedAll, reportsAll, reportedProgrammeIds, linked, spending, texts, logo] = await Promise.all([
    existingOrganisation(db, scope.reporterId),
    listExpectedReports(db, period),
    listStatusReportsByPeriod(db, period.id),
    listProgrammeIdsReportedIn(db, period.id),
    listMeasuresOfObligations(db, details.obligations.map((obligation) => obligation.id)),
    listSpendingOfAgreement(db, details.agreement.id, currency),
    findAnnualReportText(db, input.agreementId, period.id),
    documentLogo(db, scope.reporterId),
  ]);
  const expected = expectedAll.filter((item) => inScope(item.organisationId));
  const approved = reportsAll.filter((report) => inScope(report.organisationId) && report.workflowStatus === "approved");
  const programmeIds = unique([...expected.map((item) => item.programmeId), ...reportedProgrammeIds]);
  const trees = (await Promise.all(programmeIds.map((id) => findProgrammeTree(db, id)))).filter(
    (tree): tree is ProgrammeTree => tree !== undefined,
  );
  const included = new Set([...expected.map((item) => item.measureId), ...approved.map((report) => report.measureId)]);
  const { agreement } = details;
  const [lines, name, values] = await Promise.all([
    listBudgetLinesOfMeasures(db, unique([...included, ...linked.map((link) => link.measureId)])),
    officialNames(db, [reporter.id, agreement.countyId, ...details.parties.map((party) => party.organisationId), ...approved.map((report) => report.organisationId)]),
    listReportedValuesOfReports(db, approved.map((report) => report.id)),
  ]);

  const entryOf = measureEntries(approved, lines, (id) => name(id) ?? "");
  const measures = measuresById(trees);
  // The report looks back: commitments and spending up to the period's last year.
  const lastYear = Number(period.periodEnd.slice(0, 4));
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
        measures: linked
          .filter((link) => link.obligationId === obligation.id)
          .map((link) => entryOf(measures.get(link.measureId) ?? { ...link, id: link.measureId })),
      })),
      funding: fundingFigures(details.fundingCommitments, spending, lastYear),
      ...focusAreaEntries(trees, included, entryOf),
      indicatorValues: values.map((value) => ({
        name: value.name,
        unit: value.unit,
        measureTitle: value.measureId ? (measures.get(value.measureId)?.title ?? null) : null,
        municipalityName: value.municipalityName,
        value: value.value,
        target: value.target,
      })),
      approvedCount: approved.length,
      generatedOn: input.today,
    },
  };
}
