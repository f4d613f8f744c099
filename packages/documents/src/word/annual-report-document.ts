import type { AnnualReportData, MeasureEntry, ObligationEntry } from "./annual-report-data.js";
import { finances, focusAreas, indicators, narratives, outstanding } from "./annual-report-sections.js";
import { moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import { sumByCurrency } from "./money-sums.js";
import { caption, dataTable, fact, heading, paragraph, spacer, textBlocks, title, toBytes, wordDocument, type Block } from "./word-kit.js";

// The annual report from a council to its county under a partnership agreement, compiled from
// the approved status reports of one reporting period: what each obligation's measures did,
// money committed against spent, progress by focus area, indicator values, the reports' own
// words, and – so nothing is hidden – what is still missing or awaiting approval.

export function annualReportTitle(data: Pick<AnnualReportData, "period" | "council">, format: DocumentFormat): string {
  return `${format.t("documents:annualReport.title", { period: data.period.name })} – ${data.council.name}`;
}

function titlePage(data: AnnualReportData, format: DocumentFormat): Block[] {
  const t = format.t;
  const { agreement, period } = data;
  return [
    paragraph(t("documents:annualReport.kind"), { size: 28 }),
    title(t("documents:annualReport.title", { period: period.name })),
    paragraph(data.council.name, { bold: true, size: 28 }),
    spacer(),
    fact(t("documents:annualReport.from"), data.council.name),
    fact(t("documents:annualReport.to"), data.county.name),
    fact(t("documents:annualReport.agreement"), agreement.title),
    ...(agreement.caseNumber ? [fact(t("documents:annualReport.caseNumber"), agreement.caseNumber)] : []),
    fact(t("documents:annualReport.period"), `${period.name} (${format.dateRange(period.periodStart, period.periodEnd)})`),
    fact(t("documents:annualReport.deadline"), format.date(period.deadline)),
    spacer(),
    paragraph(t("documents:programme.generated", { date: format.date(data.generatedOn) }), { italics: true, size: 18 }),
  ];
}

function summary(data: AnnualReportData, format: DocumentFormat): Block[] {
  const { approved, expected } = data.reporting;
  return [
    heading(1, format.t("documents:annualReport.summary"), { pageBreakBefore: true }),
    paragraph(format.t("documents:annualReport.basis")),
    paragraph(format.t("documents:annualReport.approvedCount", { approved, expected })),
  ];
}

function obligation(entry: ObligationEntry, format: DocumentFormat): Block[] {
  const t = format.t;
  const spentOf = (measure: MeasureEntry) => sumByCurrency(measure.reports.map((report) => report.spent));
  const measures: Block[] = entry.measures.length === 0
    ? [paragraph(t("documents:annualReport.noLinkedMeasures"), { italics: true })]
    : [
        caption(t("documents:annualReport.linkedCaption")),
        dataTable({
          header: [[
            t("documents:annualReport.measure"),
            t("documents:annualReport.status"),
            { text: t("documents:annualReport.progress"), numeric: true },
            { text: t("documents:annualReport.spent"), numeric: true },
          ]],
          rows: entry.measures.map((measure) => [
            measure.title,
            t(`domain:measureStatus.${measure.status}`),
            { text: format.percent(measure.progress), numeric: true },
            measure.reports.length > 0 ? moneyCell(spentOf(measure), format) : t("documents:annualReport.noApprovedReport"),
          ]),
          widths: [5, 2, 1.5, 3],
        }),
        spacer(),
      ];
  return [heading(2, entry.title), paragraph(t("documents:annualReport.party", { party: entry.partyName })), ...textBlocks(entry.description), ...measures];
}

export async function annualReportDocument(data: AnnualReportData, format: DocumentFormat): Promise<Uint8Array> {
  const document = wordDocument({
    title: annualReportTitle(data, format),
    description: `${format.t("documents:annualReport.kind")} – ${data.agreement.title}`,
    format,
    children: [
      ...titlePage(data, format),
      ...summary(data, format),
      ...(data.obligations.length > 0
        ? [heading(1, format.t("documents:annualReport.obligations")), ...data.obligations.flatMap((entry) => obligation(entry, format))]
        : []),
      ...finances(data, format),
      ...focusAreas(data, format),
      ...indicators(data, format),
      ...narratives(data, format),
      ...outstanding(data, format),
    ],
  });
  return toBytes(document);
}
