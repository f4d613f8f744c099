import { listExpectedReports, type ExpectedReportRow, type Executor } from "@samspill/db";
import { isOverdue, reportingFigures, tallyReporting, type IsoDate, type ReportingFigures } from "@samspill/domain";

// A period's expected reports as one reader sees them — all of the council's, or only their own
// organisations' — each marked overdue or not, and the figures they add up to. The overview, its
// workbook and the annual report all count this way (packages/domain/FIGURES.md).

export interface PeriodItem extends ExpectedReportRow {
  overdue: boolean;
}

export async function periodItems(
  db: Executor,
  period: { id: string; deadline: IsoDate },
  today: IsoDate,
  organisationIds?: readonly string[],
): Promise<{ items: PeriodItem[]; figures: ReportingFigures }> {
  const expected = await listExpectedReports(db, period.id);
  const mine = organisationIds ? expected.filter((item) => organisationIds.includes(item.organisationId)) : expected;
  return {
    items: mine.map((item) => ({ ...item, overdue: isOverdue(item.state, period.deadline, today) })),
    figures: reportingFigures(tallyReporting(mine), period.deadline, today),
  };
}
