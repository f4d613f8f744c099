import type { BudgetLineRow, FocusAreaNode, MeasureInTree, ProgrammeTree, ReportSpendingRow, StatusReportRow } from "@samspill/db";
import type { FocusAreaEntry, MeasureEntry, ReportEntry } from "@samspill/documents";
import { groupBy, rollUpMeasure, type MeasureStatus } from "@samspill/domain";

// Shapes the period's measures and approved reports into the annual report's entries: each
// measure with its budget lines and the approved reports on it or its parts, grouped under the
// top-level focus area it (or its sub-theme) sits in.

export interface MeasureFacts {
  id: string;
  title: string;
  status: MeasureStatus;
  progress: number;
}

export type MeasureEntryOf = (measure: MeasureFacts) => MeasureEntry;

export function measureEntries(
  approved: readonly StatusReportRow[],
  lines: readonly BudgetLineRow[],
  spending: readonly ReportSpendingRow[],
  organisationName: (id: string) => string,
  /** The years of the period in which the measure spent more than it budgeted (FIGURES.md). */
  overspentIn: (measureId: string) => number[],
): MeasureEntryOf {
  const reportsOf = groupBy(approved, (report) => report.measureId);
  const linesOf = groupBy(lines, (line) => line.measureId);
  const spendingOf = groupBy(spending, (line) => line.reportId);
  return (measure) => {
    const reports = reportsOf.get(measure.id) ?? [];
    // Where the measure stood in the period: its own report, else its approved parts' reports
    // rolled up as the council's view does; without any, as it stands now.
    const own = reports.find((report) => report.partId === null);
    const parts = rollUpMeasure(reports.map((report) => ({ status: report.measureStatus, progress: report.progress })));
    const reported = own ? { status: own.measureStatus, progress: own.progress } : parts;
    return {
      title: measure.title,
      status: reported?.status ?? measure.status,
      progress: reported?.progress ?? measure.progress,
      budget: (linesOf.get(measure.id) ?? []).map((line) => ({
        year: line.year, fundingSource: line.fundingSource, amount: { amountMinor: Number(line.amountMinor), currency: line.currency },
      })),
      reports: reports
        .map((report): ReportEntry => ({
          organisationName: organisationName(report.organisationId),
          status: report.measureStatus,
          progress: report.progress,
          spent: { amountMinor: Number(report.spentMinor), currency: report.currency },
          spending: (spendingOf.get(report.id) ?? []).map((line) => ({
            fundingSource: line.fundingSource, amount: { amountMinor: line.amountMinor, currency: line.currency },
          })),
          narrative: report.narrative,
        }))
        .sort((a, b) => a.organisationName.localeCompare(b.organisationName)),
      overspentYears: overspentIn(measure.id),
    };
  };
}

function descendants(node: FocusAreaNode): FocusAreaNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

/** Focus areas with the measures of `included` in them; areas with none are left out. */
export function focusAreaEntries(
  trees: readonly ProgrammeTree[],
  included: ReadonlySet<string>,
  entryOf: MeasureEntryOf,
): { focusAreas: FocusAreaEntry[]; otherMeasures: MeasureEntry[] } {
  const pick = (measures: readonly MeasureInTree[]) => measures.filter((measure) => included.has(measure.id)).map(entryOf);
  const focusAreas = trees
    .flatMap((tree) => tree.focusAreas)
    .map((area) => ({ title: area.title, measures: pick(descendants(area).flatMap((node) => node.measures)) }))
    .filter((area) => area.measures.length > 0);
  return { focusAreas, otherMeasures: pick(trees.flatMap((tree) => tree.unplacedMeasures)) };
}

export function measuresById(trees: readonly ProgrammeTree[]): Map<string, MeasureInTree> {
  const all = trees.flatMap((tree) => [...tree.focusAreas.flatMap(descendants).flatMap((node) => node.measures), ...tree.unplacedMeasures]);
  return new Map(all.map((measure) => [measure.id, measure]));
}
