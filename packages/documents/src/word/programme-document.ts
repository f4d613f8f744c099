import type { DocumentFormat } from "./document-format.js";
import { focusAreaTable } from "./focus-area-table.js";
import type { FocusAreaDocument, GoalDocument, MeasureDocument, ProgrammeDocumentData } from "./programme-data.js";
import { measureSection } from "./programme-measure.js";
import { logoParagraph, toBytes, wordDocument } from "./word-document.js";
import { bullets, fact, heading, paragraph, spacer, textBlocks, title, type Block, caption } from "./word-kit.js";

// The adopted action programme as a Word document that reads like seed 004: a title page with
// the council's logo, the table of contents, the introduction with the strategy's vision and
// goal, the table of focus areas and sub-themes, each focus area with its goals and measures,
// and the adoption decision. Every page after the title page names the council and the
// programme and is numbered.
//
// Outline (the navigation pane and the table of contents): Heading 1 for the introduction, the
// overview, each focus area and the decision; Heading 2 for goals and measures within an area;
// Heading 3 per measure.

type Period = { start: string; end: string };

function titlePage(data: ProgrammeDocumentData, format: DocumentFormat): Block[] {
  const t = format.t;
  const status = `${t(`domain:programmeStatus.${data.status}`)} (${t("documents:programme.revision", { revision: data.revision })})`;
  const adoption = data.adoption
    ? t("documents:programme.adoptedBy", {
        body: data.adoption.body, date: format.date(data.adoption.decidedOn), caseNumber: data.adoption.caseNumber,
      })
    : t("documents:programme.notAdopted");
  return [
    ...(data.council.logo ? [logoParagraph(data.council.logo, t("documents:logo", { organisation: data.council.name }))] : []),
    paragraph(t("documents:programme.kind"), { size: 28 }),
    title(data.title),
    paragraph(data.council.name, { bold: true, size: 28 }),
    spacer(),
    fact(t("documents:programme.period"), format.dateRange(data.periodStart, data.periodEnd)),
    fact(t("documents:programme.status"), status),
    paragraph(adoption),
  ];
}

function introduction(data: ProgrammeDocumentData, format: DocumentFormat): Block[] {
  const { strategy } = data;
  return [
    heading(1, format.t("documents:programme.introduction"), { pageBreakBefore: true }),
    ...(strategy?.vision ? [fact(format.t("documents:programme.vision"), strategy.vision)] : []),
    ...(strategy?.overarchingGoal ? [fact(format.t("documents:programme.overarchingGoal"), strategy.overarchingGoal)] : []),
    ...textBlocks(data.introduction || strategy?.description || ""),
  ];
}

function goalList(goals: readonly GoalDocument[], headingText: string): Block[] {
  if (goals.length === 0) return [];
  return [
    heading(2, headingText),
    ...goals.flatMap((goal) => [paragraph(goal.title, { bold: true, keepNext: goal.description.trim() !== "" }), ...textBlocks(goal.description)]),
  ];
}

/** The measures under their heading; an area without measures has no such heading at all. */
function measureList(measures: readonly MeasureDocument[], headingText: string, period: Period, format: DocumentFormat): Block[] {
  if (measures.length === 0) return [];
  return [heading(2, headingText), ...measures.flatMap((measure) => measureSection(measure, period, format))];
}

function focusArea(area: FocusAreaDocument, period: Period, format: DocumentFormat): Block[] {
  const t = format.t;
  return [
    heading(1, area.title),
    ...(area.heading ? [paragraph(area.heading, { italics: true, size: 26, keepNext: true })] : []),
    ...textBlocks(area.description),
    ...bullets(area.subThemes),
    ...goalList(area.goals, t("documents:programme.goals")),
    ...measureList(area.measures, t("documents:programme.measures"), period, format),
  ];
}

function others(data: ProgrammeDocumentData, period: Period, format: DocumentFormat): Block[] {
  if (data.otherGoals.length === 0 && data.otherMeasures.length === 0) return [];
  const t = format.t;
  return [
    heading(1, t("documents:programme.otherMeasures")),
    ...goalList(data.otherGoals, t("documents:programme.otherGoals")),
    ...measureList(data.otherMeasures, t("documents:programme.measures"), period, format),
  ];
}

function decision(data: ProgrammeDocumentData, format: DocumentFormat): Block[] {
  const t = format.t;
  const { adoption } = data;
  if (!adoption) return [heading(1, t("documents:adoption.heading")), paragraph(t("documents:adoption.draft"))];
  return [
    heading(1, t("documents:adoption.heading")),
    fact(t("documents:adoption.body"), adoption.body),
    fact(t("documents:adoption.date"), format.date(adoption.decidedOn)),
    fact(t("documents:adoption.caseNumber"), adoption.caseNumber),
    ...(adoption.meetingTitle ? [fact(t("documents:adoption.meeting"), adoption.meetingTitle)] : []),
  ];
}

export async function programmeDocument(data: ProgrammeDocumentData, format: DocumentFormat): Promise<Uint8Array> {
  const t = format.t;
  const period = { start: data.periodStart, end: data.periodEnd };
  const overview: Block[] = data.focusAreas.length > 0
    ? [
        heading(1, t("documents:programme.focusAreas")),
        // The caption promises sub-themes only where there are some (Vimmerby's plan has none).
        caption(t(data.focusAreas.some((area) => area.subThemes.length > 0) ? "documents:programme.focusAreaTable" : "documents:programme.focusAreaTableFlat")),
        focusAreaTable(data.focusAreas, data.strategy?.vision ?? "", format),
        spacer(),
      ]
    : [];
  const document = wordDocument({
    title: data.title,
    description: `${t("documents:programme.kind")} – ${data.council.name}. ${t("documents:generated", { date: format.date(data.generatedOn) })}`,
    format,
    cover: titlePage(data, format),
    contents: t("documents:contents"),
    running: { organisation: data.council.name, title: data.title },
    body: [
      ...introduction(data, format),
      ...overview,
      ...data.focusAreas.flatMap((area) => focusArea(area, period, format)),
      ...others(data, period, format),
      ...decision(data, format),
    ],
  });
  return toBytes(document);
}
