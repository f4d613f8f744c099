import { HeadingLevel, Paragraph, TextRun, type Table, type TableOfContents } from "docx";

// The paragraphs both Word documents are made of. Headings use Word's own Heading 1–3 styles
// with outline levels, so the navigation pane, the table of contents and screen readers find
// the structure, and each keeps with the paragraph after it, so no heading is left alone at
// the foot of a page. Tables are in word-table.ts.

export type Block = Paragraph | Table | TableOfContents;

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, text });
}

export function heading(level: 1 | 2 | 3, text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  // keepNext is in the heading styles too; written on the paragraph as well, since some readers
  // of .docx files follow only what a paragraph says itself.
  return new Paragraph({
    heading: HEADING_LEVELS[level], text, keepNext: true, keepLines: true, pageBreakBefore: options.pageBreakBefore ?? false,
  });
}

export function paragraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; keepNext?: boolean; color?: string } = {},
): Paragraph {
  const { keepNext, ...run } = options;
  return new Paragraph({ keepNext, children: [new TextRun({ text, ...run })] });
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

/**
 * `Label: value`, the label bold: facts read as sentences, not as a layout table. A run of facts
 * about one thing keeps together (`keepNext` on all but the last).
 */
export function fact(label: string, value: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    keepNext: options.keepNext,
    spacing: { after: 40 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

/** Facts that belong together, kept on one page with each other and with what follows the first. */
export function factGroup(facts: ReadonlyArray<readonly [string, string]>): Paragraph[] {
  return facts.map(([label, value], index) => fact(label, value, { keepNext: index < facts.length - 1 }));
}

export function bullets(items: readonly string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

/** A table's caption, kept on the page of the table it names. */
export function caption(text: string): Paragraph {
  return new Paragraph({ text, style: "Caption", keepNext: true });
}

/** An empty paragraph after a table, so two tables never merge and the next text breathes. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
