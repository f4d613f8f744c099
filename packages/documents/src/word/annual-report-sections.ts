import type { Money } from "@samspill/domain";
import type { AnnualReportData, FocusAreaEntry, MeasureEntry } from "./annual-report-data.js";
import { moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import { sumByCurrency, yearsOf } from "./money-sums.js";
import { caption, dataTable, heading, paragraph, spacer, textBlocks, type Block } from "./word-kit.js";

// The annual report's tables: funding committed against spent, progress by focus area, the
// indicator values reported, the reports' own words, and who has not reported or been approved.

const spentOf = (measure: MeasureEntry) => sumByCurrency(measure.reports.map((report) => report.spent));

export function finances(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const money = (amountMinor: number, currency: Money["currency"], bold = false) => moneyCell([{ amountMinor, currency }], format, bold);
  // A remaining amount below zero is shown as it is; the state says the commitment was exceeded.
  const state = (overspent: boolean) => (overspent ? t("documents:annualReport.overspent") : "");
  return [
    heading(1, t("documents:annualReport.finances")),
    caption(t("documents:annualReport.financesCaption")),
    dataTable({
      header: [[
        t("documents:annualReport.year"),
        t("documents:annualReport.fundingSource"),
        { text: t("documents:annualReport.committed"), numeric: true },
        { text: t("documents:annualReport.spentColumn"), numeric: true },
        { text: t("documents:annualReport.remaining"), numeric: true },
        t("documents:annualReport.overspentColumn"),
      ]],
      rows: [
        ...data.funds.rows.map((row) => [
          String(row.year),
          t(`agreements:fundingSource.${row.fundingSource}`),
          money(row.committedMinor, row.currency),
          money(row.spentMinor, row.currency),
          money(row.remainingMinor, row.currency),
          state(row.overspent),
        ]),
        ...data.funds.total.map((total) => [
          { text: t("documents:annualReport.total"), bold: true, span: 2 },
          money(total.committedMinor, total.currency, true),
          money(total.spentMinor, total.currency, true),
          money(total.remainingMinor, total.currency, true),
          "",
        ]),
      ],
      widths: [1.5, 3, 2.5, 2.5, 2.5, 2],
    }),
    spacer(),
  ];
}

function areaTable(area: FocusAreaEntry, data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  if (area.measures.length === 0) return [heading(2, area.title), paragraph(t("documents:annualReport.noMeasures"), { italics: true })];
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
      widths: [5, 2, 1.5, 2.5, 2.5],
    }),
    spacer(),
  ];
}

export function focusAreas(data: AnnualReportData, format: DocumentFormat): Block[] {
  const areas = data.otherMeasures.length > 0
    ? [...data.focusAreas, { title: format.t("documents:annualReport.otherMeasures"), measures: data.otherMeasures }]
    : data.focusAreas;
  if (areas.length === 0) return [];
  return [heading(1, format.t("documents:annualReport.focusAreas")), ...areas.flatMap((area) => areaTable(area, data, format))];
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
      widths: [3, 3, 2, 2, 2],
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
          { bold: true },
        ),
        ...textBlocks(report.narrative),
      ]),
    ]),
  ];
}

export function outstanding(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  if (data.outstanding.length === 0) {
    return [heading(1, t("documents:annualReport.outstanding")), paragraph(t("documents:annualReport.noneOutstanding"))];
  }
  return [
    heading(1, t("documents:annualReport.outstanding")),
    caption(t("documents:annualReport.outstandingCaption")),
    dataTable({
      header: [[t("documents:annualReport.measure"), t("documents:annualReport.reportedBy"), t("documents:annualReport.status")]],
      rows: data.outstanding.map((entry) => {
        const state = t(`documents:annualReport.state.${entry.state}`);
        return [entry.measureTitle, entry.organisationName, entry.overdue ? t("documents:annualReport.overdue", { state }) : state];
      }),
      widths: [5, 3, 3],
    }),
  ];
}
