import { MEASURE_STATUSES, type FundingSource, type MeasureStatus, type ReportStatus } from "@samspill/domain";
import type { BuiltAgreement, BuiltCouncil, BuiltMeasure, BuiltProgramme, World } from "./world.js";

// What every figure must be, worked out from the world's plan by the words of
// packages/domain/FIGURES.md — deliberately plain loops, sharing no code with the module under test.

const yearOf = (date: string) => Number(date.slice(0, 4));

/** In force in a period: adopted at some time, started by its end, not yet replaced by an adopted revision. */
function inForce(programme: BuiltProgramme, all: readonly BuiltProgramme[], periodEnd: string): boolean {
  if (programme.status === "draft" || programme.periodStart > periodEnd) return false;
  const successor = all.find((candidate) => candidate.predecessorId === programme.id);
  return !(successor && successor.status !== "draft" && successor.periodStart <= periodEnd);
}

export interface OracleReporting {
  expected: number;
  reported: number;
  approved: number;
  late: number;
  overdue: number;
}

export function reportingOracle(council: BuiltCouncil, periodId: string, today: string, organisationIds?: readonly string[]): OracleReporting {
  const period = council.periods.find((candidate) => candidate.id === periodId)!;
  const reportOn = (measureId: string, partId: string | null) =>
    council.reports.find((report) => report.periodId === periodId && report.measureId === measureId && report.partId === partId);
  const closedBefore = (measure: BuiltMeasure, partId: string | null) =>
    council.reports.some((report) => {
      const earlier = council.periods.find((candidate) => candidate.id === report.periodId)!;
      return report.measureId === measure.id && (report.partId === null || report.partId === partId) && report.workflow === "approved" &&
        (report.status === "completed" || report.status === "cancelled") && earlier.periodEnd < period.periodStart;
    });
  const figures: OracleReporting = { expected: 0, reported: 0, approved: 0, late: 0, overdue: 0 };
  for (const measure of council.measures) {
    if (!inForce(measure.programme, council.programmes, period.periodEnd)) continue;
    const start = measure.start ?? measure.programme.periodStart;
    const end = measure.end ?? measure.programme.periodEnd;
    if (start > period.periodEnd || end < period.periodStart) continue;
    const items = measure.partIds.length > 0
      ? measure.partIds.map((part) => ({ partId: part.id as string | null, by: part.municipalityId }))
      : [{ partId: null, by: measure.ownerId }];
    for (const item of items) {
      if (closedBefore(measure, item.partId)) continue;
      if (organisationIds && !organisationIds.includes(item.by)) continue;
      const report = reportOn(measure.id, item.partId);
      const status: ReportStatus | null = report?.workflow ?? null;
      figures.expected += 1;
      if (status === "submitted" || status === "approved") figures.reported += 1;
      if (status === "approved") figures.approved += 1;
      if (report?.late) figures.late += 1;
      if (today > period.deadline && status !== "submitted" && status !== "approved") figures.overdue += 1;
    }
  }
  return figures;
}

/**
 * What the approved reports of a period on one measure say was spent, by funding source — the
 * reporter's own only when `organisationIds` is given (a municipality's agreement).
 */
export function measureSpendingOracle(
  council: BuiltCouncil,
  periodId: string,
  measureId: string,
  organisationIds?: readonly string[],
): Partial<Record<FundingSource, number>> {
  const spent: Partial<Record<FundingSource, number>> = {};
  for (const report of council.reports) {
    if (report.periodId !== periodId || report.measureId !== measureId || report.workflow !== "approved") continue;
    if (organisationIds && !organisationIds.includes(report.organisationId)) continue;
    for (const line of report.spending) spent[line.fundingSource] = (spent[line.fundingSource] ?? 0) + line.amountMinor;
  }
  return spent;
}

export interface OracleFunds {
  /** `${year}|${source}` → committed and spent, in øre. */
  cells: Map<string, { committed: number; spent: number }>;
}

function approvedLines(world: World) {
  return world.councils.flatMap((council) => council.reports
    .filter((report) => report.workflow === "approved")
    .flatMap((report) => {
      const period = council.periods.find((candidate) => candidate.id === report.periodId)!;
      return report.spending.map((line) => ({ key: `${report.id}|${line.fundingSource}`, measureId: report.measureId, year: yearOf(period.periodEnd), ...line }));
    }));
}

const counts = (agreement: BuiltAgreement, line: { measureId: string; year: number; fundingSource: FundingSource }) =>
  agreement.measureIds.includes(line.measureId) &&
  agreement.commitments.some((commitment) => commitment.fundingSource === line.fundingSource) &&
  line.year >= yearOf(agreement.periodStart) && line.year <= yearOf(agreement.periodEnd);

function cellsOf(agreements: readonly BuiltAgreement[], world: World): OracleFunds {
  const cells = new Map<string, { committed: number; spent: number }>();
  const cell = (year: number, source: FundingSource) => {
    const key = `${year}|${source}`;
    const found = cells.get(key) ?? { committed: 0, spent: 0 };
    cells.set(key, found);
    return found;
  };
  for (const agreement of agreements) for (const commitment of agreement.commitments) cell(commitment.year, commitment.fundingSource).committed += commitment.amountMinor;
  const counted = new Set<string>();
  for (const line of approvedLines(world)) {
    if (counted.has(line.key) || !agreements.some((agreement) => counts(agreement, line))) continue;
    counted.add(line.key);
    cell(line.year, line.fundingSource).spent += line.amountMinor;
  }
  return { cells };
}

/** One agreement's money, or several together with each spending line once. */
export function fundsOracle(world: World, agreements: readonly BuiltAgreement[]): OracleFunds {
  return cellsOf(agreements, world);
}

/** The measures of the council's current (adopted) programme by status: in all, and per top-level focus area. */
export function statusOracle(council: BuiltCouncil): { total: Record<MeasureStatus, number>; byArea: Map<string | null, Record<MeasureStatus, number>> } {
  const empty = () => Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;
  const total = empty();
  const byArea = new Map<string | null, Record<MeasureStatus, number>>();
  for (const measure of council.measures.filter((candidate) => candidate.programme.status === "adopted")) {
    total[measure.status] += 1;
    const area = byArea.get(measure.rootAreaId) ?? empty();
    area[measure.status] += 1;
    byArea.set(measure.rootAreaId, area);
  }
  return { total, byArea };
}
