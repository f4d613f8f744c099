import {
  AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from "docx";
import { widestLine, widestWord } from "../text-width.js";

// Tables of the Word documents: header rows repeat on every page, rows never split across
// pages, and columns are as wide as their content needs. A column is never narrower than its
// widest word (a header such as "Kontaktperson" or an amount such as "1 600 000 kr"), so no word
// is broken across lines; the room left goes to the columns whose text would wrap most.

/** A4 with Word's default 2.54 cm margins: the width tables are laid out in, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1440;
/** Tables are set a point smaller than the body text, as printed reports do. */
export const TABLE_FONT_SIZE = 10;
/** Left and right padding of a cell, in twips. */
export const CELL_PADDING = 100;
/** What a column needs beyond its text: both paddings, and a little for the rounding of widths. */
const CELL_ROOM = 2 * CELL_PADDING + 60;
const HEADER_FILL = "E7E6E6";

export interface CellSpec {
  text?: string;
  /** Several paragraphs in one cell, e.g. a heading and a list of sub-themes. */
  content?: Paragraph[];
  /** The text of `content`, so the column is sized for it: each line, bold or not, and its indent in twips. */
  measure?: Array<{ text: string; bold?: boolean; indent?: number }>;
  bold?: boolean;
  span?: number;
  numeric?: boolean;
  /** A small raised mark after the text that points to a note below the table (¹). */
  note?: string;
  /** Stands out (bold, dark red) beside the note that says why, e.g. an overspend. */
  flag?: boolean;
}

export type Cell = string | CellSpec;

export interface TableSpec {
  /** Header rows, repeated at the top of every page the table runs over. */
  header: Cell[][];
  rows: Cell[][];
  /** Relative column widths; when left out, the widths follow the content. */
  widths?: number[];
}

const specOf = (cell: Cell): CellSpec => (typeof cell === "string" ? { text: cell } : cell);
const spanOf = (cell: Cell) => specOf(cell).span ?? 1;

function cellOf(cell: Cell, header: boolean): TableCell {
  const spec = specOf(cell);
  const bold = header || spec.bold || spec.flag;
  const color = spec.flag ? "C00000" : undefined;
  const lines = (spec.text ?? "").split("\n");
  const children = spec.content ?? [
    new Paragraph({
      spacing: { after: 0 },
      alignment: spec.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [
        ...lines.map((line, index) => new TextRun({ text: line, bold, color, size: TABLE_FONT_SIZE * 2, break: index > 0 ? 1 : 0 })),
        ...(spec.note ? [new TextRun({ text: spec.note, superScript: true, color, size: TABLE_FONT_SIZE * 2 })] : []),
      ],
    }),
  ];
  return new TableCell({
    children,
    columnSpan: spec.span,
    margins: { top: 40, bottom: 40, left: CELL_PADDING, right: CELL_PADDING },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } } : {}),
  });
}

/** Spreads `room` over columns in proportion to their weights, in whole twips. */
function spread(weights: readonly number[], room: number): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight) => (sum === 0 ? room / weights.length : (room * weight) / sum));
}

/**
 * Column widths in twips that fill `total`: every column at least its widest word; then the
 * columns grow towards their longest line, the ones with most to gain getting most.
 */
export function contentWidths(spec: Pick<TableSpec, "header" | "rows">, columns: number, total = TEXT_WIDTH): number[] {
  const least = Array.from({ length: columns }, () => CELL_ROOM);
  const most = Array.from({ length: columns }, () => CELL_ROOM);
  const measure = (row: readonly Cell[], header: boolean) => {
    let column = 0;
    for (const cell of row) {
      const { text, bold, flag, note, measure, span = 1 } = specOf(cell);
      const strong = header || bold === true || flag === true;
      const mark = note ? widestWord(note, TABLE_FONT_SIZE * 0.6) : 0;
      const lines = measure ?? (text === undefined ? [] : [{ text, bold: strong, indent: 0 }]);
      // A cell across several columns does not size a single column.
      for (const line of span === 1 ? lines : []) {
        const room = (line.indent ?? 0) + mark + CELL_ROOM;
        least[column] = Math.max(least[column]!, widestWord(line.text, TABLE_FONT_SIZE, line.bold ?? strong) + room);
        most[column] = Math.max(most[column]!, widestLine(line.text, TABLE_FONT_SIZE, line.bold ?? strong) + room);
      }
      column += span;
    }
  };
  for (const row of spec.header) measure(row, true);
  for (const row of spec.rows) measure(row, false);

  const needed = least.reduce((sum, width) => sum + width, 0);
  // Words wider than the page together: shrink in proportion, the best that can be done.
  if (needed >= total) return spread(least, total).map(Math.floor);
  const gains = most.map((width, index) => width - least[index]!);
  const wanted = gains.reduce((sum, gain) => sum + gain, 0);
  const room = total - needed;
  const widths = wanted <= room
    ? most.map((width, index) => width + spread(most, room - wanted)[index]!)
    : least.map((width, index) => width + spread(gains, room)[index]!);
  return widths.map(Math.floor);
}

export function dataTable(spec: TableSpec): Table {
  const columns = Math.max(...[...spec.header, ...spec.rows].map((row) => row.reduce((sum, cell) => sum + spanOf(cell), 0)));
  const widths = spec.widths ? spread(spec.widths, TEXT_WIDTH).map(Math.floor) : contentWidths(spec, columns);
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    // Fixed: Word keeps the widths worked out here instead of fitting columns to the text again.
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      ...spec.header.map((row) => new TableRow({ tableHeader: true, cantSplit: true, children: row.map((cell) => cellOf(cell, true)) })),
      ...spec.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell) => cellOf(cell, false)) })),
    ],
  });
}

/** A note under a table, small and kept right below it: what a raised mark in a cell means. */
export function tableNote(mark: string, text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 40, after: 120 },
    children: [new TextRun({ text: mark, superScript: true, size: 18 }), new TextRun({ text: ` ${text}`, size: 18, italics: true })],
  });
}
