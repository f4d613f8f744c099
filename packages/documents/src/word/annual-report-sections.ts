import { fundingSourceName } from "@samspill/i18n";
import type { FundsAmounts, Money } from "@samspill/domain";
import type { AnnualReportData, FocusAreaEntry, MeasureEntry, ReportEntry } from "./annual-report-data.js";
import { moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import { sumByCurrency, yearsOf } from "./money-sums.js";
import { caption, heading, paragraph, spacer, textBlocks, type Block } from "./word-kit.js";
import { dataTable, tableNote, type Cell } from "./word-table.js";

// The report's tables: the agreement's money — committed, spent and remaining per year and
// funding source, overspends flagged — as the shared figures give it (`FundsTable`), progress by
// focus area, the indicator values reported and the reports' own words with their spending by
// funding source.

export const OVERSPENT_MARK = "1";
const MEASURE_OVERSPENT_MARK = "1";
const spentOf = (measure: MeasureEntry) => sumByCurrency(measure.reports.map((report) => report.spent));

function amountCell(amountMinor: number, currency: Money["currency"], format: DocumentFormat, bold = false): Cell {
  return moneyCell([{ amountMinor, currency }], format, bold);
}

function remainingCell(amounts: FundsAmounts, format: DocumentFormat, bold = false): Cell {
  const cell = { text: format.money({ amountMinor: amounts.remainingMinor, currency: amounts.currency }), numeric: true, bold };
  return amounts.overspent ? { ...cell, flag: true, note: OVERSPENT_MARK } : cell;
}

export function finances(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const heading1 = heading(1, t("documents:annualReport.finances"));
  const { rows, total } = data.funds;
  if (rows.length === 0) return [heading1, paragraph(t("documents:annualReport.noFunding"), { italics: true })];
  const anyOverspent = rows.some((row) => row.overspent) || total.some((sum) => sum.overspent);
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
          fundingSourceName(t, row.fundingSource),
          amountCell(row.committedMinor, row.currency, format),
          amountCell(row.spentMinor, row.currency, format),
          remainingCell(row, format),
        ]),
        ...total.map((sum) => [
          { text: t("documents:annualReport.total"), bold: true, span: 2 },
          amountCell(sum.committedMinor, sum.currency, format, true),
          amountCell(sum.spentMinor, sum.currency, format, true),
          remainingCell(sum, format, true),
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
          overspentCell(moneyCell(spentOf(measure), format), measure),
        ]),
        [
          { text: t("documents:annualReport.total"), bold: true, span: 3 },
          moneyCell(sumByCurrency(area.measures.flatMap(budgetOf)), format, true),
          moneyCell(sumByCurrency(area.measures.flatMap(spentOf)), format, true),
        ],
      ],
    }),
    ...overspentNotes(area.measures, format),
  ];
}

/** A measure that spent more in a year of the period than it budgeted for it is flagged beside its spending. */
function overspentCell(cell: Cell, measure: MeasureEntry): Cell {
  if (measure.overspentYears.length === 0) return cell;
  return { ...(typeof cell === "string" ? { text: cell } : cell), flag: true, note: MEASURE_OVERSPENT_MARK };
}

function overspentNotes(measures: readonly MeasureEntry[], format: DocumentFormat): Block[] {
  const years = [...new Set(measures.flatMap((measure) => measure.overspentYears))].sort();
  if (years.length === 0) return [spacer()];
  return [tableNote(MEASURE_OVERSPENT_MARK, format.t("documents:annualReport.measureOverspentNote", { years: years.join(", ") }))];
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

/**
 * What a report says was spent, with its funding sources: "260 000 kr (Fylkets partnerskapsmidler
 * 100 000 kr, Kommunal egenandel 160 000 kr)", or only the source's name when there is one.
 */
function spentBySource(report: ReportEntry, format: DocumentFormat): string {
  const source = (line: ReportEntry["spending"][number]) => fundingSourceName(format.t, line.fundingSource);
  const total = format.money(report.spent);
  if (report.spending.length === 0) return total;
  if (report.spending.length === 1) return `${total} (${source(report.spending[0]!)})`;
  return `${total} (${report.spending.map((line) => `${source(line)} ${format.money(line.amount)}`).join(", ")})`;
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
            `${t("documents:annualReport.spent").toLowerCase()}: ${spentBySource(report, format)}`,
          { bold: true, keepNext: report.narrative.trim() !== "" },
        ),
        ...textBlocks(report.narrative),
      ]),
    ]),
  ];
}
