import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import type { DocumentFormat } from "./document-format.js";

// The few building blocks both Word documents are made of. Headings use Word's own Heading 1–3
// styles with outline levels, so the navigation pane and screen readers find the structure;
// tables repeat their header rows on every page and never split a row across pages.

export type Block = Paragraph | Table;

/** A4 with Word's default 2.54 cm margins: the width tables are laid out in, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;
const HEADER_FILL = "E7E6E6";

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function headingStyle(size: number, outlineLevel: number, before: number) {
  return {
    run: { size, bold: true, color: "1F3864" },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  };
}

export function wordDocument(options: { title: string; description: string; format: DocumentFormat; children: Block[] }): Document {
  return new Document({
    title: options.title,
    description: options.description,
    creator: "Samspill",
    lastModifiedBy: "Samspill",
    styles: {
      default: {
        document: {
          run: { font: "Calibri", size: 22, language: { value: options.format.locale } },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { size: 52, bold: true, color: "1F3864" }, paragraph: { spacing: { after: 240 } } },
        heading1: headingStyle(32, 0, 360),
        heading2: headingStyle(26, 1, 240),
        heading3: headingStyle(23, 2, 200),
        caption: { run: { size: 20, italics: true, color: "404040" }, paragraph: { keepNext: true, spacing: { before: 120, after: 60 } } },
      },
    },
    sections: [{ children: options.children }],
  });
}

export async function toBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, text });
}

export function heading(level: 1 | 2 | 3, text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HEADING_LEVELS[level], text, pageBreakBefore: options.pageBreakBefore ?? false });
}

export function paragraph(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })] });
}

/** Text as people typed it: blank lines part paragraphs, single line breaks stay line breaks. */
export function textBlocks(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => new Paragraph({
      children: block.split("\n").map((line, index) => new TextRun({ text: line.trim(), break: index > 0 ? 1 : 0 })),
    }));
}

/** `Label: value`, the label bold: facts read as sentences, not as a layout table. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

export function bullets(items: readonly string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

/** A table's caption, kept on the page of the table it names. */
export function caption(text: string): Paragraph {
  return new Paragraph({ text, style: "Caption" });
}

export interface CellSpec {
  text?: string;
  /** Several paragraphs in one cell, e.g. a heading and a list of sub-themes. */
  content?: Paragraph[];
  bold?: boolean;
  span?: number;
  numeric?: boolean;
}

export type Cell = string | CellSpec;

function cellOf(cell: Cell, header: boolean): TableCell {
  const spec: CellSpec = typeof cell === "string" ? { text: cell } : cell;
  const lines = (spec.text ?? "").split("\n");
  const children = spec.content ?? [
    new Paragraph({
      spacing: { after: 0 },
      alignment: spec.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: lines.map((line, index) => new TextRun({ text: line, bold: header || spec.bold, break: index > 0 ? 1 : 0 })),
    }),
  ];
  return new TableCell({
    children,
    columnSpan: spec.span,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } } : {}),
  });
}

export interface TableSpec {
  /** Header rows, repeated at the top of every page the table runs over. */
  header: Cell[][];
  rows: Cell[][];
  /** Relative column widths; equal when left out. */
  widths?: number[];
}

export function dataTable(spec: TableSpec): Table {
  const columns = Math.max(...[...spec.header, ...spec.rows].map((row) => row.reduce<number>(
    (sum, cell) => sum + (typeof cell === "string" ? 1 : (cell.span ?? 1)), 0)));
  const weights = spec.widths ?? Array.from({ length: columns }, () => 1);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / weightSum)),
    rows: [
      ...spec.header.map((row) => new TableRow({ tableHeader: true, cantSplit: true, children: row.map((cell) => cellOf(cell, true)) })),
      ...spec.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell) => cellOf(cell, false)) })),
    ],
  });
}

/** An empty paragraph after a table, so two tables never merge and the next text breathes. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
