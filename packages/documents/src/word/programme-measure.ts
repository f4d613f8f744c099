import { budgetTable, moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import type { MeasureDocument, PartDocument } from "./programme-data.js";
import { caption, dataTable, fact, heading, paragraph, spacer, textBlocks, type Block } from "./word-kit.js";

// One measure in the programme: who answers for it and when, what it is, its budget by source
// and year, and for a shared measure the part each participating municipality takes on.

function timeFrame(measure: MeasureDocument, format: DocumentFormat): string {
  const { startDate, endDate } = measure;
  if (startDate && endDate) return format.dateRange(startDate, endDate);
  if (startDate) return format.t("documents:measure.from", { date: format.date(startDate) });
  if (endDate) return format.t("documents:measure.until", { date: format.date(endDate) });
  return format.t("documents:measure.notSet");
}

function facts(measure: MeasureDocument, format: DocumentFormat): Block[] {
  const t = format.t;
  const scope = measure.scope === "shared" ? t("documents:measure.shared") : t("documents:measure.local", { owner: measure.ownerName });
  return [
    fact(t("documents:measure.scope"), scope),
    ...(measure.responsibleOrganisation ? [fact(t("documents:measure.responsible"), measure.responsibleOrganisation)] : []),
    ...(measure.responsiblePerson ? [fact(t("documents:measure.person"), measure.responsiblePerson)] : []),
    fact(t("documents:measure.period"), timeFrame(measure, format)),
    fact(t("documents:measure.status"), t(`domain:measureStatus.${measure.status}`)),
    fact(t("documents:measure.progress"), format.percent(measure.progress)),
    ...(measure.goals.length > 0 ? [fact(t("documents:measure.goals"), measure.goals.join("; "))] : []),
  ];
}

function partsTable(measure: MeasureDocument, format: DocumentFormat): Block[] {
  const t = format.t;
  // Contacts are people's names: left out altogether when the reader may not see them.
  const withContacts = measure.parts.some((part) => part.contactName !== null);
  const row = (part: PartDocument) => [
    part.municipalityName,
    part.description,
    ...(withContacts ? [part.contactName ?? ""] : []),
    t(`domain:measureStatus.${part.status}`),
    { text: format.percent(part.progress), numeric: true },
    moneyCell(part.budgetShare ? [part.budgetShare] : [], format),
  ];
  return [
    caption(t("documents:parts.caption", { title: measure.title })),
    dataTable({
      header: [[
        t("documents:parts.municipality"),
        t("documents:parts.description"),
        ...(withContacts ? [t("documents:parts.contact")] : []),
        t("documents:parts.status"),
        { text: t("documents:parts.progress"), numeric: true },
        { text: t("documents:parts.budgetShare"), numeric: true },
      ]],
      rows: measure.parts.map(row),
      widths: withContacts ? [2, 4, 2, 2, 1.5, 2] : [2, 5, 2, 1.5, 2],
    }),
    spacer(),
  ];
}

export function measureSection(measure: MeasureDocument, format: DocumentFormat): Block[] {
  const budget: Block[] = measure.budget.length > 0
    ? [caption(format.t("documents:budget.caption", { title: measure.title })), budgetTable(measure.budget, format), spacer()]
    : [paragraph(format.t("documents:budget.none"), { italics: true })];
  return [
    heading(3, `${measure.number} ${measure.title}`),
    ...facts(measure, format),
    ...textBlocks(measure.description),
    ...budget,
    ...(measure.parts.length > 0 ? partsTable(measure, format) : []),
  ];
}
