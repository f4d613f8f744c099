import type { Currency, MeasureStatus, Money, ReportingState } from "@samspill/domain";
import type { Language } from "@samspill/i18n";
import type { CellValue, Column, SheetTable } from "./sheet-table.js";
import { sheetTexts, withUnit } from "./sheet-texts.js";

// A reporting period's overview as rows: everything a report is expected for, who writes it,
// where it stands and what the report says so far; under them what the approved reports spent.

export interface SheetReportRow {
  organisation: string;
  measureTitle: string;
  kind: "measure" | "part";
  state: ReportingState;
  overdue: boolean;
  late: boolean;
  submittedAt: string | null;
  measureStatus: MeasureStatus | null;
  progress: number | null;
  spent: Money | null;
  narrative: string | null;
}

export interface ReportsSheetData {
  currency: Currency;
  rows: SheetReportRow[];
}

export function reportsSheet(data: ReportsSheetData, lang: Language): SheetTable {
  const t = sheetTexts(lang);
  const header = (key: string) => t(`spreadsheets:columns.${key}`);
  const columns: Column[] = [
    { header: header("reportedBy"), type: "text", width: 22 },
    { header: header("measure"), type: "text", width: 40 },
    { header: header("kind"), type: "text", width: 16 },
    { header: header("state"), type: "text", width: 16 },
    { header: header("overdue"), type: "text", width: 10 },
    { header: header("late"), type: "text", width: 12 },
    { header: header("submittedAt"), type: "date", width: 12 },
    { header: header("measureStatus"), type: "text", width: 16 },
    { header: withUnit(header("progress"), "%"), type: "percent", width: 12 },
    { header: withUnit(header("spent"), data.currency), type: "money", width: 16, currency: data.currency },
    { header: header("narrative"), type: "text", width: 70 },
  ];
  const yesNo = (value: boolean) => t(value ? "spreadsheets:yes" : "spreadsheets:no");
  const rows = data.rows.map((row): CellValue[] => [
    row.organisation,
    row.measureTitle,
    t(`spreadsheets:kind.${row.kind}`),
    t(`reports:state.${row.state}`),
    yesNo(row.overdue),
    yesNo(row.late),
    row.submittedAt,
    row.measureStatus ? t(`domain:measureStatus.${row.measureStatus}`) : null,
    row.progress,
    row.spent?.amountMinor ?? null,
    row.narrative,
  ]);
  // Spending is a fact once its report is approved (packages/domain/FIGURES.md): the total row
  // adds up the approved reports' only, and says so and how many they are.
  const approved = data.rows.filter((row) => row.state === "approved");
  const spentTotal = approved.reduce((sum, row) => sum + (row.spent?.amountMinor ?? 0), 0);
  return {
    sheetName: t("spreadsheets:sheet.reports"),
    columns,
    rows,
    totalLabel: t("spreadsheets:totalApproved", { count: approved.length }),
    fixedTotals: columns.map((column) => (column.type === "money" ? spentTotal : null)),
  };
}
