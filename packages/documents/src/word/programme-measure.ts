import { budgetBlocks, moneyCell } from "./budget-matrix.js";
import type { DocumentFormat } from "./document-format.js";
import type { MeasureDocument, PartDocument } from "./programme-data.js";
import { caption, factGroup, heading, spacer, textBlocks, type Block } from "./word-kit.js";
import { dataTable } from "./word-table.js";

// One measure in the programme: who answers for it and when, what it is, its budget by source
// and year within the programme's period, and for a shared measure the part each
// participating municipality takes on.

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
  const list: Array<readonly [string, string]> = [
    [t("documents:measure.scope"), scope],
    ...(measure.responsibleOrganisation ? [[t("documents:measure.responsible"), measure.responsibleOrganisation] as const] : []),
    ...(measure.responsiblePerson ? [[t("documents:measure.person"), measure.responsiblePerson] as const] : []),
    [t("documents:measure.period"), timeFrame(measure, format)],
    [t("documents:measure.status"), t(`domain:measureStatus.${measure.status}`)],
    [t("documents:measure.progress"), format.percent(measure.progress)],
    ...(measure.goals.length > 0 ? [[t("documents:measure.goals", { count: measure.goals.length }), measure.goals.join("; ")] as const] : []),
  ];
  return factGroup(list);
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
    }),
    spacer(),
  ];
}

export function measureSection(measure: MeasureDocument, period: { start: string; end: string }, format: DocumentFormat): Block[] {
  return [
    heading(3, `${measure.number} ${measure.title}`),
    ...facts(measure, format),
    ...textBlocks(measure.description),
    ...budgetBlocks(measure, period, format),
    ...(measure.parts.length > 0 ? partsTable(measure, format) : []),
  ];
}
