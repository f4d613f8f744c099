import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { findAgreementDetails } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import type { AnnualReportData, MeasureEntry } from "@samspill/documents";
import type { FundingSource, FundsRow, FundsTable, ReportingFigures, StatusCounts } from "@samspill/domain";
import { loadAnnualReport } from "../modules/documents/annual-report-source.js";
import { reportScope } from "../modules/documents/report-scope.js";
import { agreementSheetData } from "../modules/spreadsheets/agreement-sheet-data.js";
import { buildTestApp, signedInUser, trpcQuery, type TrpcBody } from "../testing/harness.js";
import {
  fundsOracle, measureSpendingOracle, reportingOracle, statusOracle, type OracleFunds, type OracleReporting,
} from "./oracle.js";
import { checkAgreementMeasures, checkMeasurePages, checkReportMeasures } from "./measure-checks.js";
import { buildWorld, type BuiltCouncil, type World } from "./world.js";
import { worldPlan } from "./world-plan.js";

// packages/domain/FIGURES.md made testable: on varied random worlds, the county dashboard, the
// agreement page, the agreements workbook, the annual report, the council dashboard, the
// secretariat's overview, the measure page and the public page give the same figures for the same
// agreement, council, period, measure and year — and those are the figures the definitions give.

const TODAY = "2025-06-15";
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildTestApp({ now: () => new Date(`${TODAY}T10:00:00Z`) });
});

const data = <T>(body: TrpcBody): T => {
  if (!body.result) throw new Error(JSON.stringify(body.error));
  return body.result.data as T;
};

interface CountyView {
  agreements: Array<{ id: string; funds: FundsTable["total"] }>;
  compliance: Array<ReportingFigures & { councilId: string; periodId: string }>;
  funds: FundsTable;
  measuresByOwner: Array<{ ownerId: string; counts: StatusCounts }>;
}

interface CouncilView {
  programmes: Array<{ id: string }>;
  measuresByFocusArea: Array<{ programmeId: string; focusAreaId: string | null; counts: StatusCounts }>;
  reporting: Array<ReportingFigures & { periodId: string }>;
  overdueReports: unknown[];
}

const pick = ({ expected, reported, approved, late, overdue }: ReportingFigures): OracleReporting => ({ expected, reported, approved, late, overdue });

/** A table's rows as the oracle's cells; a table must not show a combination that has neither. */
function cellsOf(rows: readonly FundsRow[]): OracleFunds["cells"] {
  for (const row of rows) {
    expect(row.currency).toBe("NOK");
    expect(row.remainingMinor).toBe(row.committedMinor - row.spentMinor);
    expect(row.overspent).toBe(row.spentMinor > row.committedMinor);
  }
  return new Map(rows.map((row) => [`${row.year}|${row.fundingSource}`, { committed: row.committedMinor, spent: row.spentMinor }]));
}

/** A table's sums in all, which the annual report prints under its rows: the rows added up, overspent when spent is over committed. */
function checkTotal(table: FundsTable): void {
  const committed = table.rows.reduce((sum, row) => sum + row.committedMinor, 0);
  const spent = table.rows.reduce((sum, row) => sum + row.spentMinor, 0);
  expect(table.total.map(({ committedMinor, spentMinor, remainingMinor, overspent }) => ({ committedMinor, spentMinor, remainingMinor, overspent })))
    .toEqual(table.rows.length === 0 ? [] : [{ committedMinor: committed, spentMinor: spent, remainingMinor: committed - spent, overspent: spent > committed }]);
}

/** Every measure of the report: what its approved reports of the period say was spent, per source and in all. */
function checkMeasureSpending(report: AnnualReportData, council: BuiltCouncil, periodId: string, organisationIds?: readonly string[]): void {
  const entries: MeasureEntry[] = [
    ...report.obligations.flatMap((obligation) => obligation.measures),
    ...report.focusAreas.flatMap((area) => area.measures),
    ...report.otherMeasures,
  ];
  for (const entry of entries) {
    const measure = council.measures.find((candidate) => candidate.title === entry.title);
    const bySource: Partial<Record<FundingSource, number>> = {};
    for (const reported of entry.reports) {
      expect(reported.spent.amountMinor).toBe(reported.spending.reduce((sum, line) => sum + line.amount.amountMinor, 0));
      for (const line of reported.spending) bySource[line.fundingSource] = (bySource[line.fundingSource] ?? 0) + line.amount.amountMinor;
    }
    expect(bySource).toEqual(measure ? measureSpendingOracle(council, periodId, measure.id, organisationIds) : {});
  }
}

function sumOf(counts: readonly StatusCounts[]): StatusCounts {
  const total = { planned: 0, in_progress: 0, completed: 0, delayed: 0, cancelled: 0 };
  for (const row of counts) for (const status of Object.keys(total) as Array<keyof StatusCounts>) total[status] += row[status];
  return total;
}

async function checkWorld(world: World): Promise<void> {
  const db = await getTestDb();
  const official = await signedInUser("county_official", world.county.id, app);
  const county = data<CountyView>((await trpcQuery("dashboards.county", {}, { cookie: official.cookie, app })).body);
  const sheet = await agreementSheetData(db, world.county.id, TODAY);

  // Money: each agreement the same on its page, the dashboard, the workbook and every annual report,
  // down to what each approved report in the annual report says was spent from which source.
  for (const agreement of world.agreements) {
    const page = data<Parameters<typeof checkAgreementMeasures>[2]>(
      (await trpcQuery("agreements.get", { id: agreement.id }, { cookie: official.cookie, app })).body,
    );
    expect(cellsOf(page.funds.rows)).toEqual(fundsOracle(world, [agreement]).cells);
    checkAgreementMeasures(world, agreement, page);
    expect(county.agreements.find((row) => row.id === agreement.id)?.funds).toEqual(page.funds.total);
    expect(sheet.agreements.find((row) => row.title === agreement.title)?.funds).toEqual(page.funds.rows);

    const details = (await findAgreementDetails(db, agreement.id))!;
    const parties = details.parties.map((party) => ({ organisationId: party.organisationId, kind: party.organisationKind }));
    for (const council of world.councils) {
      for (const period of council.periods) {
        const scope = await reportScope(db, parties, period);
        if (!scope) continue;
        const { data: report } = await loadAnnualReport(db, { agreementId: agreement.id, period, scope, today: TODAY });
        const lastYear = Number(period.periodEnd.slice(0, 4));
        expect(report.funds.rows).toEqual(page.funds.rows.filter((row) => row.year <= lastYear));
        checkTotal(report.funds);
        expect(report.approvedCount).toBe(reportingOracle(council, period.id, TODAY, scope.organisationIds).approved);
        checkMeasureSpending(report, council, period.id, scope.organisationIds);
        checkReportMeasures(world, agreement, report, period, scope.organisationIds);
      }
    }
  }
  // The county's total counts each report's spending once, though a measure serves two agreements.
  expect(cellsOf(county.funds.rows)).toEqual(fundsOracle(world, world.agreements).cells);
  // So does the workbook's total row under the agreements.
  expect(sheet.total).toEqual(county.funds.total);

  for (const built of world.councils) {
    const secretariat = await signedInUser("secretariat", built.council.id, app);
    const council = data<CouncilView>((await trpcQuery("dashboards.council", { councilId: built.council.id }, { cookie: secretariat.cookie, app })).body);
    // Each measure's budget against its spending per year, overspent flagged, as the annual report has it.
    await checkMeasurePages(app, built, secretariat.cookie);

    // Reporting: the county's row, the council's row and the secretariat's overview agree with the definition.
    for (const period of built.periods) {
      const expected = reportingOracle(built, period.id, TODAY);
      const countyRow = county.compliance.find((row) => row.periodId === period.id);
      const councilRow = council.reporting.find((row) => row.periodId === period.id);
      const overview = data<{ counts: ReportingFigures }>(
        (await trpcQuery("reports.overview", { periodId: period.id }, { cookie: secretariat.cookie, app })).body,
      );
      expect(pick(countyRow!)).toEqual(expected);
      expect(councilRow).toEqual(countyRow && { ...countyRow, councilId: built.council.id });
      expect(pick(overview.counts)).toEqual(expected);
    }
    expect(council.overdueReports).toHaveLength(council.reporting.reduce((sum, row) => sum + row.overdue, 0));

    // Measure status: one row per top-level focus area of the current programme, the county's row their sum.
    const status = statusOracle(built);
    const current = built.programmes.find((programme) => programme.status === "adopted")!;
    expect(council.programmes.map((programme) => programme.id)).toEqual([current.id]);
    expect(council.measuresByFocusArea.map((row) => row.focusAreaId)).toEqual(
      [...current.topAreaIds, ...(status.byArea.has(null) ? [null] : [])],
    );
    for (const row of council.measuresByFocusArea) expect(row.counts).toEqual(status.byArea.get(row.focusAreaId) ?? sumOf([]));
    const ownerRow = county.measuresByOwner.find((row) => row.ownerId === built.council.id);
    expect(ownerRow?.counts ?? sumOf([])).toEqual(sumOf(council.measuresByFocusArea.map((row) => row.counts)));
    expect(sumOf(council.measuresByFocusArea.map((row) => row.counts))).toEqual(status.total);

    // The public page of the (published) current programme counts its measures the same way.
    const published = data<{ progress: { byStatus: StatusCounts } }>((await trpcQuery("public.programme", { id: current.id }, { app })).body);
    expect(published.progress.byStatus).toEqual(status.total);
  }
}

describe("figures reconcile across screens, exports, documents and the public API", () => {
  it("gives identical figures everywhere, and those of the definitions, on random worlds", async () => {
    await fc.assert(
      fc.asyncProperty(worldPlan, async (plan) => checkWorld(await buildWorld(plan))),
      { numRuns: Number(process.env.RECONCILIATION_RUNS ?? 20), endOnFailure: true },
    );
  }, 600_000);
});
