import { FUNDING_SOURCES, type Money } from "@samspill/domain";
import type { AnnualReportData, FocusAreaEntry, FundingFigures, MeasureEntry } from "./annual-report-data.js";
import { moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import { sumByCurrency, yearsOf } from "./money-sums.js";
import { caption, heading, paragraph, spacer, textBlocks, type Block } from "./word-kit.js";
import { dataTable, tableNote, type Cell } from "./word-table.js";

// The report's tables: funding committed, spent and remaining per year and funding source
// (overspends flagged), progress by focus area, the indicator values reported and the reports'
// own words.

export const OVERSPENT_MARK = "1";
const spentOf = (measure: MeasureEntry) => sumByCurrency(measure.reports.map((report) => report.spent));

function remainingCell(figures: Pick<FundingFigures, "remaining" | "overspent">, format: DocumentFormat, bold = false): Cell {
  return { text: format.money(figures.remaining), numeric: true, bold, ...(figures.overspent ? { flag: true, note: OVERSPENT_MARK } : {}) };
}

function totalsOf(rows: readonly FundingFigures[]): Array<{ committed: Money; spent: Money; remaining: Money; overspent: boolean }> {
  const currencies = [...new Set(rows.map((row) => row.committed.currency))].sort();
  return currencies.map((currency) => {
    const sum = (pick: (row: FundingFigures) => Money) =>
      rows.filter((row) => row.committed.currency === currency).reduce((total, row) => total + pick(row).amountMinor, 0);
    const remaining = sum((row) => row.remaining);
    return {
      committed: { currency, amountMinor: sum((row) => row.committed) },
      spent: { currency, amountMinor: sum((row) => row.spent) },
      remaining: { currency, amountMinor: remaining },
      overspent: remaining < 0,
    };
  });
}

export function finances(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const heading1 = heading(1, t("documents:annualReport.finances"));
  if (data.funding.length === 0) return [heading1, paragraph(t("documents:annualReport.noFunding"), { italics: true })];
  const rows = [...data.funding].sort((a, b) =>
    a.year - b.year || FUNDING_SOURCES.indexOf(a.fundingSource) - FUNDING_SOURCES.indexOf(b.fundingSource));
  const totals = totalsOf(rows);
  const anyOverspent = rows.some((row) => row.overspent) || totals.some((total) => total.overspent);
  return [
    heading1,
    caption(t("documents:annualReport.financesCaption")),
    dataTable({
      header: [[
        t("documents:annualReport.year"),
        t("documents:annualReport.fundingSource"),
        { text: t("documents:annualReport.committed"), numeric: true },
        { text: t("documents:annualReport.spentColumn"), numeric: true },
        { text: t("documents:annualReport.remaining"), numeric: true },
      ]],
      rows: [
        ...rows.map((row) => [
          String(row.year),
          t(`measures:fundingSource.${row.fundingSource}`),
          moneyCell([row.committed], format),
          moneyCell([row.spent], format),
          remainingCell(row, format),
        ]),
        ...totals.map((total) => [
          { text: t("documents:annualReport.total"), bold: true, span: 2 },
          moneyCell([total.committed], format, true),
          moneyCell([total.spent], format, true),
          remainingCell(total, format, true),
        ]),
      ],
    }),
    ...(anyOverspent ? [tableNote(OVERSPENT_MARK, t("documents:annualReport.overspentNote"))] : [spacer()]),
  ];
}

function areaTable(area: FocusAreaEntry, data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const years = yearsOf(data.period.periodStart, data.period.periodEnd);
  const yearLabel = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
  const budgetOf = (measure: MeasureEntry) =>
    sumByCurrency(measure.budget.filter((line) => years.includes(line.year)).map((line) => line.amount));
  return [
    heading(2, area.title),
    caption(t("documents:annualReport.focusAreaCaption", { area: area.title })),
    dataTable({
      header: [[
        t("documents:annualReport.measure"),
        t("documents:annualReport.status"),
        { text: t("documents:annualReport.progress"), numeric: true },
        { text: t("documents:annualReport.budgetInPeriod", { years: yearLabel }), numeric: true },
        { text: t("documents:annualReport.spent"), numeric: true },
      ]],
      rows: [
        ...area.measures.map((measure) => [
          measure.title,
          t(`domain:measureStatus.${measure.status}`),
          { text: format.percent(measure.progress), numeric: true },
          moneyCell(budgetOf(measure), format),
          moneyCell(spentOf(measure), format),
        ]),
        [
          { text: t("documents:annualReport.total"), bold: true, span: 3 },
          moneyCell(sumByCurrency(area.measures.flatMap(budgetOf)), format, true),
          moneyCell(sumByCurrency(area.measures.flatMap(spentOf)), format, true),
        ],
      ],
    }),
    spacer(),
  ];
}

export function focusAreas(data: AnnualReportData, format: DocumentFormat): Block[] {
  const areas = data.otherMeasures.length > 0
    ? [...data.focusAreas, { title: format.t("documents:annualReport.otherMeasures"), measures: data.otherMeasures }]
    : data.focusAreas;
  const withMeasures = areas.filter((area) => area.measures.length > 0);
  if (withMeasures.length === 0) return [];
  return [heading(1, format.t("documents:annualReport.focusAreas")), ...withMeasures.flatMap((area) => areaTable(area, data, format))];
}

export function indicators(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const withUnit = (value: number, unit: string) => (unit ? `${format.number(value)} ${unit}` : format.number(value));
  if (data.indicatorValues.length === 0) {
    return [heading(1, t("documents:annualReport.indicators")), paragraph(t("documents:annualReport.noIndicators"), { italics: true })];
  }
  return [
    heading(1, t("documents:annualReport.indicators")),
    caption(t("documents:annualReport.indicatorsCaption")),
    dataTable({
      header: [[
        t("documents:annualReport.indicator"),
        t("documents:annualReport.measure"),
        t("documents:annualReport.municipality"),
        { text: t("documents:annualReport.value"), numeric: true },
        { text: t("documents:annualReport.target"), numeric: true },
      ]],
      rows: data.indicatorValues.map((entry) => [
        entry.name,
        entry.measureTitle ?? "",
        entry.municipalityName ?? t("documents:annualReport.wholeArea"),
        { text: withUnit(entry.value, entry.unit), numeric: true },
        { text: entry.target === null ? "–" : withUnit(entry.target, entry.unit), numeric: true },
      ]),
    }),
    spacer(),
  ];
}

export function narratives(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const measures = [...data.focusAreas.flatMap((area) => area.measures), ...data.otherMeasures].filter((m) => m.reports.length > 0);
  if (measures.length === 0) return [];
  return [
    heading(1, t("documents:annualReport.narratives")),
    ...measures.flatMap((measure) => [
      heading(2, measure.title),
      ...measure.reports.flatMap((report) => [
        paragraph(
          `${report.organisationName} – ${t(`domain:measureStatus.${report.status}`)}, ${format.percent(report.progress)}, ` +
            `${t("documents:annualReport.spent").toLowerCase()}: ${format.money(report.spent)}`,
          { bold: true, keepNext: report.narrative.trim() !== "" },
        ),
        ...textBlocks(report.narrative),
      ]),
    ]),
  ];
}
