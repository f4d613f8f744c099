import { Document, Paragraph, TextRun } from "docx";
import { layoutDocument } from "docx/layout";
import type { DocxTable } from "./read-docx.test-support.js";
import { CELL_PADDING, TABLE_FONT_SIZE, TEXT_WIDTH } from "./word-table.js";

// Whether a table's cells keep their words whole at the widths the document gives its columns,
// checked by laying each cell's text out as Word does (docx's own layout, with Calibri's
// widths): each text becomes a paragraph as wide as its cell's room, and no line of it may end
// or start inside a word.

export interface BrokenWord {
  text: string;
  lines: string[];
}

/** The cells of the table whose text Word would break inside a word. */
export function brokenWords(table: DocxTable): BrokenWord[] {
  const cells = table.rows.flatMap((row) => {
    let column = 0;
    return row.cells.flatMap((cell) => {
      const at = column;
      column += cell.span;
      if (cell.span !== 1) return [];
      const room = (table.widths[at] ?? 0) - 2 * CELL_PADDING;
      return cell.paragraphs.filter((text) => text.trim() !== "").map((text) => ({ text, room, bold: row.header }));
    });
  });
  const document = new Document({
    styles: { default: { document: { run: { font: "Calibri" } } } },
    sections: [{
      children: cells.map(({ text, room, bold }) => new Paragraph({
        indent: { right: TEXT_WIDTH - room },
        spacing: { after: 0 },
        children: [new TextRun({ text, bold, size: TABLE_FONT_SIZE * 2 })],
      })),
    }],
  });
  const lines = new Map<number, string[]>();
  for (const page of layoutDocument(document).pages) {
    for (const block of page.body) {
      if (block.type === "paragraph") lines.set(block.index, [...(lines.get(block.index) ?? []), ...block.lines.map((line) => line.text)]);
    }
  }
  return cells.flatMap(({ text }, index) => {
    // Split at ordinary spaces only: a no-break space holds an amount together.
    const words = new Set(text.split(/[ \t\n]+/));
    const laid = lines.get(index) ?? [];
    const whole = laid.every((line) => line.split(/[ \t\n]+/).filter((word) => word !== "").every((word) => words.has(word)));
    return whole ? [] : [{ text, lines: laid }];
  });
}
