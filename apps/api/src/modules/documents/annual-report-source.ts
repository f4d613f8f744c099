import {
  findAgreementDetails, findOrganisationById, findProgrammeTree, listBudgetLinesOfMeasures, listExpectedReports,
  listMeasuresOfObligations, listOrganisationPlaces, listProgrammeIdsReportedIn, listReportedValuesOfReports,
  listSpendingOfAgreement, listStatusReportsByPeriod,
  type Executor, type ProgrammeTree, type ReportingPeriodRow,
} from "@samspill/db";
import type { AnnualReportData } from "@samspill/documents";
import { reportingOverview, type LanguageForm } from "@samspill/domain";
import { found } from "../../trpc/found.js";
import { focusAreaEntries, measureEntries, measuresById } from "./annual-report-entries.js";
import type { ReportScope } from "./report-scope.js";

// Loads what the annual report to the county is made of: the agreement with its obligations
// and funding, the period's expected and approved reports (only the reporter's own when the
// party is a member municipality), the programmes they belong to, and the indicator values the
// approved reports carry. A fixed number of queries, plus one per programme in the period.

export interface AnnualReportSource {
  data: AnnualReportData;
  language: LanguageForm;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export async function loadAnnualReport(
  db: Executor,
  input: { agreementId: string; period: ReportingPeriodRow; scope: ReportScope; today: string },
): Promise<AnnualReportSource> {
  const { period, scope } = input;
  const details = found(await findAgreementDetails(db, input.agreementId), "agreement");
  const inScope = (organisationId: string) => !scope.organisationIds || scope.organisationIds.includes(organisationId);
  const currency = details.fundingCommitments[0]?.currency;
  const [reporter, expectedAll, reportsAll, reportedProgrammeIds, linked, spending] = await Promise.all([
    findOrganisationById(db, scope.reporterId),
    listExpectedReports(db, period),
    listStatusReportsByPeriod(db, period.id),
    listProgrammeIdsReportedIn(db, period.id),
    listMeasuresOfObligations(db, details.obligations.map((obligation) => obligation.id)),
    listSpendingOfAgreement(db, details.agreement.id, currency),
  ]);
  const expected = expectedAll.filter((item) => inScope(item.organisationId));
  const reports = reportsAll.filter((report) => inScope(report.organisationId));
  const approved = reports.filter((report) => report.workflowStatus === "approved");
  const programmeIds = unique([...expected.map((item) => item.programmeId), ...reportedProgrammeIds]);
  const trees = (await Promise.all(programmeIds.map((id) => findProgrammeTree(db, id)))).filter(
    (tree): tree is ProgrammeTree => tree !== undefined,
  );
  const included = new Set([...expected.map((item) => item.measureId), ...approved.map((report) => report.measureId)]);
  const [lines, organisations, values] = await Promise.all([
    listBudgetLinesOfMeasures(db, unique([...included, ...linked.map((link) => link.measureId)])),
    listOrganisationPlaces(db, unique(approved.map((report) => report.organisationId))),
    listReportedValuesOfReports(db, approved.map((report) => report.id)),
  ]);

  const entryOf = measureEntries(approved, lines, new Map(organisations.map((row) => [row.id, row.name])));
  const measures = measuresById(trees);
  const partyName = new Map(details.parties.map((party) => [party.organisationId, party.organisationName]));
  // The report looks back: commitments and spending up to the period's last year.
  const lastYear = Number(period.periodEnd.slice(0, 4));
  const rows = reportingOverview(expected, reports, period.deadline, input.today);

  const { agreement } = details;
  const from = found(reporter, "organisation");
  const countyName = partyName.get(agreement.countyId) ?? found(await findOrganisationById(db, agreement.countyId), "organisation").name;
  return {
    language: from.languageForm,
    data: {
      council: { name: from.name },
      county: { name: countyName },
      agreement: { title: agreement.title, caseNumber: agreement.caseNumber },
      period: { name: period.name, periodStart: period.periodStart, periodEnd: period.periodEnd, deadline: period.deadline },
      obligations: details.obligations.map((obligation) => ({
        title: obligation.title,
        description: obligation.description,
        partyName: partyName.get(obligation.partyId) ?? "",
        measures: linked
          .filter((link) => link.obligationId === obligation.id)
          .map((link) => entryOf(measures.get(link.measureId) ?? { ...link, id: link.measureId })),
      })),
      commitments: details.fundingCommitments
        .filter((row) => row.year <= lastYear)
        .map((row) => ({ year: row.year, amount: { amountMinor: Number(row.amountMinor), currency: row.currency } })),
      spending: spending
        .filter((row) => row.year <= lastYear)
        .map((row) => ({ year: row.year, amount: { amountMinor: row.amountMinor, currency: row.currency } })),
      ...focusAreaEntries(trees, included, entryOf),
      indicatorValues: values.map((value) => ({
        name: value.name,
        unit: value.unit,
        measureTitle: value.measureId ? (measures.get(value.measureId)?.title ?? null) : null,
        municipalityName: value.municipalityName,
        value: value.value,
        target: value.target,
      })),
      outstanding: rows.flatMap(({ expected: item, state, overdue }) =>
        state === "approved" ? [] : [{ measureTitle: item.measureTitle, organisationName: item.organisationName, state, overdue }]),
      expectedCount: rows.length,
      generatedOn: input.today,
    },
  };
}
