import {
  findAgreementDetails, findOrganisationById, findProgrammeTree, fundsOfAgreement, listBudgetLinesOfMeasures,
  listMeasuresOfObligations, listOrganisationPlaces, listProgrammeIdsReportedIn, listReportedValuesOfReports,
  listSpendingOfReports, listStatusReportsByPeriod,
  type Executor, type ProgrammeTree, type ReportingPeriodRow,
} from "@samspill/db";
import type { AnnualReportData } from "@samspill/documents";
import { fundsThrough, spendingYear, type LanguageForm } from "@samspill/domain";
import { found } from "../../trpc/found.js";
import { periodItems } from "../reports/period-items.js";
import { focusAreaEntries, measureEntries, measuresById } from "./annual-report-entries.js";
import type { ReportScope } from "./report-scope.js";

// Loads what the annual report to the county is made of: the agreement with its obligations
// and its money (packages/domain/FIGURES.md, as its page shows it), the period's expected and
// approved reports (only the reporter's own when the party is a member municipality), the
// programmes they belong to, and the indicator values the approved reports carry. A fixed
// number of queries, plus one per programme in the period.

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
  const [reporter, { items, figures }, reportsAll, reportedProgrammeIds, linked, funds] = await Promise.all([
    findOrganisationById(db, scope.reporterId),
    periodItems(db, period, input.today, scope.organisationIds),
    listStatusReportsByPeriod(db, period.id),
    listProgrammeIdsReportedIn(db, period.id),
    listMeasuresOfObligations(db, details.obligations.map((obligation) => obligation.id)),
    fundsOfAgreement(db, details.agreement.id),
  ]);
  const approved = reportsAll.filter((report) => inScope(report.organisationId) && report.workflowStatus === "approved");
  const programmeIds = unique([...items.map((item) => item.programmeId), ...reportedProgrammeIds]);
  const trees = (await Promise.all(programmeIds.map((id) => findProgrammeTree(db, id)))).filter(
    (tree): tree is ProgrammeTree => tree !== undefined,
  );
  const included = new Set([...items.map((item) => item.measureId), ...approved.map((report) => report.measureId)]);
  const [lines, organisations, values, spending] = await Promise.all([
    listBudgetLinesOfMeasures(db, unique([...included, ...linked.map((link) => link.measureId)])),
    listOrganisationPlaces(db, unique(approved.map((report) => report.organisationId))),
    listReportedValuesOfReports(db, approved.map((report) => report.id)),
    listSpendingOfReports(db, approved.map((report) => report.id)),
  ]);

  const entryOf = measureEntries(approved, lines, spending, new Map(organisations.map((row) => [row.id, row.name])));
  const measures = measuresById(trees);
  const partyName = new Map(details.parties.map((party) => [party.organisationId, party.organisationName]));

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
      outstanding: items.flatMap(({ measureTitle, organisationName, state, overdue }) =>
        state === "approved" ? [] : [{ measureTitle, organisationName, state, overdue }]),
      reporting: figures,
      generatedOn: input.today,
    },
  };
}
