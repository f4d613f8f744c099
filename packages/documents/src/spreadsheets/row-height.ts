import { textWidth } from "../text-width.js";

// How tall a row must be for its wrapped text, since Excel does not grow a row for text written
// by a program and LibreOffice lets it overlap the next. Each cell's text is wrapped at its
// column's width as Calibri 11 sets it; the row takes the most lines any cell needs.

/**
 * Excel's column width unit is the width of a "0" in the default font: 7 pixels for Calibri 11,
 * 105 twips at 96 pixels to the inch; a cell keeps 5 pixels of that for its padding.
 */
const UNIT_TWIPS = 105;
const PADDING_TWIPS = 75;
const LINE_HEIGHT_PT = 15;
/** Excel's limit for a row's height, in points. */
const MAX_HEIGHT_PT = 409;

/** Lines `text` takes in a column `width` characters wide, wrapping at spaces as Excel does. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(UNIT_TWIPS, width * UNIT_TWIPS - PADDING_TWIPS);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ").filter((part) => part !== "")) {
      const size = textWidth(word, 11, bold);
      const space = used === 0 ? 0 : textWidth(" ", 11, bold);
      if (used > 0 && used + space + size > room) {
        lines += 1;
        used = 0;
      }
      // A word wider than the column breaks over as many lines as it fills.
      const extra = Math.max(0, Math.ceil(size / room) - 1);
      lines += extra;
      used = extra > 0 ? size - extra * room : used + (used === 0 ? 0 : space) + size;
    }
  }
  return lines;
}

/** The height in points for a row of these texts in columns of these widths. */
export function rowHeight(texts: readonly string[], widths: readonly number[], bold = false): number {
  const lines = Math.max(1, ...texts.map((text, index) => (text === "" ? 1 : wrappedLines(text, widths[index] ?? 10, bold))));
  return Math.min(MAX_HEIGHT_PT, lines * LINE_HEIGHT_PT + 2);
}
