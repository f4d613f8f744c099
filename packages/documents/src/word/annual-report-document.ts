import type { Money } from "@samspill/domain";
import type { AnnualReportData, MeasureEntry, ObligationEntry } from "./annual-report-data.js";
import { finances, focusAreas, indicators, narratives } from "./annual-report-sections.js";
import { signature } from "./annual-report-signature.js";
import { moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import { sumByCurrency } from "./money-sums.js";
import { logoParagraph, toBytes, wordDocument } from "./word-document.js";
import { caption, fact, heading, paragraph, spacer, textBlocks, title, type Block } from "./word-kit.js";
import { dataTable, tableNote } from "./word-table.js";

// The report from a council to its county under a partnership agreement for one reporting
// period: addressed to the county authority by name, the secretariat's own summary, what each
// obligation's measures did, money by funding source, progress by focus area, indicator
// values, the reports' own words, and the signature. A calendar year is an annual report
// ("Årsrapport 2025"); a shorter period is a report for that period ("Rapport for T1 2026").

const NO_REPORT_MARK = "1";

/** Nothing of the agreement's money spent: zero in the currency the measure's reports are in. */
const zeroIn = (measure: MeasureEntry): Money[] => sumByCurrency(measure.reports.map((report) => ({ ...report.spent, amountMinor: 0 })));

type Titled = Pick<AnnualReportData, "period" | "council">;

/** Whether the period is one whole calendar year, which makes the report an annual one. */
export function isCalendarYear(period: AnnualReportData["period"]): boolean {
  const year = period.periodStart.slice(0, 4);
  return period.periodStart === `${year}-01-01` && period.periodEnd === `${year}-12-31`;
}

function reportName(data: Titled, format: DocumentFormat): string {
  return isCalendarYear(data.period)
    ? format.t("documents:annualReport.titleYear", { year: data.period.periodStart.slice(0, 4) })
    : format.t("documents:annualReport.titlePeriod", { period: data.period.name });
}

export function annualReportTitle(data: Titled, format: DocumentFormat): string {
  return `${reportName(data, format)} – ${data.council.name}`;
}

function titlePage(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const { agreement, period } = data;
  const kind = isCalendarYear(period) ? "kindYear" : "kindPeriod";
  return [
    ...(data.council.logo ? [logoParagraph(data.council.logo, t("documents:logo", { organisation: data.council.name }))] : []),
    paragraph(t(`documents:annualReport.${kind}`), { size: 28 }),
    title(reportName(data, format)),
    paragraph(data.council.name, { bold: true, size: 28 }),
    spacer(),
    fact(t("documents:annualReport.from"), data.council.name),
    fact(t("documents:annualReport.to"), data.county.name),
    fact(t("documents:annualReport.agreement"), agreement.title),
    ...(agreement.caseNumber ? [fact(t("documents:annualReport.caseNumber"), agreement.caseNumber)] : []),
    fact(t("documents:annualReport.period"), `${period.name} (${format.dateRange(period.periodStart, period.periodEnd)})`),
    ...(agreement.dueDate ? [fact(t("documents:annualReport.dueDate"), format.date(agreement.dueDate))] : []),
  ];
}

function summary(data: AnnualReportData, format: DocumentFormat): Block[] {
  const written = data.texts?.summary.trim() ?? "";
  return [
    heading(1, format.t("documents:annualReport.summary"), { pageBreakBefore: true }),
    ...textBlocks(written),
    paragraph(format.t("documents:annualReport.basis", { count: data.approvedCount }), { italics: written !== "" }),
  ];
}

function obligation(entry: ObligationEntry, format: DocumentFormat): Block[] {
  const t = format.t;
  const unreported = entry.measures.some((measure) => measure.reports.length === 0);
  const measures: Block[] = entry.measures.length === 0
    ? [paragraph(t("documents:annualReport.noLinkedMeasures"), { italics: true })]
    : [
        caption(t("documents:annualReport.linkedCaption")),
        dataTable({
          header: [[
            t("documents:annualReport.measure"),
            t("documents:annualReport.status"),
            { text: t("documents:annualReport.progress"), numeric: true },
            { text: t("documents:annualReport.spentOfAgreement"), numeric: true },
          ]],
          rows: entry.measures.map((measure) => [
            measure.title,
            t(`domain:measureStatus.${measure.status}`),
            { text: format.percent(measure.progress), numeric: true },
            // No approved report: a dash and a note below, never a sentence in a money column.
            measure.reports.length > 0
              ? moneyCell(measure.spentOfAgreement.length > 0 ? measure.spentOfAgreement : zeroIn(measure), format)
              : { text: "–", numeric: true, note: NO_REPORT_MARK },
          ]),
        }),
        unreported ? tableNote(NO_REPORT_MARK, t("documents:annualReport.noApprovedReport")) : spacer(),
      ];
  return [
    heading(2, entry.title),
    paragraph(t("documents:annualReport.party", { party: entry.partyName }), { keepNext: true }),
    ...textBlocks(entry.description),
    ...measures,
  ];
}

export async function annualReportDocument(data: AnnualReportData, format: DocumentFormat): Promise<Uint8Array> {
  const t = format.t;
  const name = reportName(data, format);
  const document = wordDocument({
    title: annualReportTitle(data, format),
    description: `${name} – ${data.agreement.title}. ${t("documents:generated", { date: format.date(data.generatedOn) })}`,
    format,
    cover: titlePage(data, format),
    running: { organisation: data.council.name, title: `${name} – ${data.county.name}` },
    body: [
      ...summary(data, format),
      ...(data.obligations.length > 0
        ? [
            heading(1, t("documents:annualReport.obligations")),
            paragraph(t("documents:annualReport.spentOfAgreementNote"), { italics: true }),
            ...data.obligations.flatMap((entry) => obligation(entry, format)),
          ]
        : []),
      ...finances(data, format),
      ...focusAreas(data, format),
      ...indicators(data, format),
      ...narratives(data, format),
      ...signature(data, format),
    ],
  });
  return toBytes(document);
}
