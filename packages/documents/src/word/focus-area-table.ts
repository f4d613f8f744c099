import { Paragraph, TextRun } from "docx";
import type { DocumentFormat } from "./document-format.js";
import type { FocusAreaDocument } from "./programme-data.js";
import { dataTable, TABLE_FONT_SIZE } from "./word-table.js";

// Seed 004's table: the vision across the top, then the focus areas as columns, each with its
// heading and its sub-themes as a list. Columns are as wide as their longest words need
// (Kompetansetilførsel, arbetsmarknadsförsörjning), the rest shared by how much each holds. The vision, the word for focus areas and the area
// names are header rows, repeated if the table ever runs onto a second page. A plan whose
// areas have neither headings nor sub-themes (Vimmerby's) has no row of empty cells below them.

const BULLET_INDENT = 284;

export function focusAreaTable(areas: readonly FocusAreaDocument[], vision: string, format: DocumentFormat) {
  const span = areas.length;
  const header = [
    ...(vision ? [[{ text: vision, span }]] : []),
    [{ text: format.t("documents:programme.focusAreas"), span }],
    areas.map((area) => area.title),
  ];
  const body = areas.map((area) => ({
    content: [
      ...(area.heading
        ? [new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: area.heading, bold: true, size: TABLE_FONT_SIZE * 2 })] })]
        : []),
      // A shallow bullet indent leaves the most room for long compounds.
      ...area.subThemes.map((theme) => new Paragraph({
        children: [new TextRun({ text: theme, size: TABLE_FONT_SIZE * 2 })],
        bullet: { level: 0 },
        indent: { left: BULLET_INDENT, hanging: 227 },
        spacing: { after: 0 },
      })),
      // A cell must hold a paragraph, even when one area has neither heading nor sub-themes.
      ...(area.heading || area.subThemes.length > 0 ? [] : [new Paragraph({ children: [] })]),
    ],
    measure: [
      ...(area.heading ? [{ text: area.heading, bold: true }] : []),
      ...area.subThemes.map((theme) => ({ text: theme, indent: BULLET_INDENT })),
    ],
  }));
  const anyContent = areas.some((area) => area.heading || area.subThemes.length > 0);
  return dataTable({ header, rows: anyContent ? [body] : [] });
}
