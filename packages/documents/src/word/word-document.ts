import {
  AlignmentType, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, StyleLevel, TabStopType, TableOfContents, TextRun,
} from "docx";
import { estimatePageNumbers } from "docx/layout";
import type { DocumentFormat } from "./document-format.js";
import type { LogoType } from "./image-info.js";
import type { Block } from "./word-kit.js";
import { TEXT_WIDTH } from "./word-table.js";

// A Word document as a council sends it: A4 with a title page of its own, then every page with
// a running header (the organisation, the document's title) and a footer with "page n of m";
// a table of contents Word keeps up to date (a real TOC field, written with its entries and
// page numbers already in place, so LibreOffice and a reader that never updates fields show it
// too); the organisation's logo on the title page when the admin has uploaded one.

export interface DocumentLogo {
  data: Uint8Array;
  type: LogoType;
  width: number;
  height: number;
}

export interface WordDocumentOptions {
  title: string;
  /** Says what the document is and when Samspill made it; shown in File → Properties, not on a page. */
  description: string;
  format: DocumentFormat;
  /** The title page, without running header and footer. */
  cover: Block[];
  /** The rest, starting on a page of its own. */
  body: Block[];
  running: { organisation: string; title: string };
  /** A table of contents on its own page after the title page, with this heading. */
  contents?: string;
}

const GREY = "595959";
/** The logo's box on the title page: at most 6 × 3 cm, in pixels at 96 per inch. */
const LOGO_BOX = { width: 227, height: 113 };

function headingStyle(size: number, outlineLevel: number, before: number) {
  return {
    run: { size, bold: true, color: "1F3864" },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  };
}

/** The logo scaled into its box, keeping its proportions; never enlarged past its own size. */
export function logoParagraph(logo: DocumentLogo, name: string): Paragraph {
  const scale = Math.min(1, LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  return new Paragraph({
    spacing: { after: 480 },
    children: [
      new ImageRun({
        type: logo.type,
        data: logo.data,
        transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
        altText: { name, title: name, description: name },
      }),
    ],
  });
}

function runningHeader(running: WordDocumentOptions["running"]): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: "single", size: 4, color: "BFBFBF", space: 4 } },
        children: [
          new TextRun({ text: running.organisation, size: 18, color: GREY }),
          new TextRun({ text: `\t${running.title}`, size: 18, color: GREY }),
        ],
      }),
    ],
  });
}

/** "Side {{page}} av {{pages}}" with the two numbers as Word fields, in the document's language. */
function pageFooter(format: DocumentFormat): Footer {
  // The numbers are fields Word fills in: the text is split where the template puts them.
  const PAGE = "{page}";
  const PAGES = "{pages}";
  const template = format.t("documents:page.of", { page: PAGE, pages: PAGES });
  const children = template.split(/(\{page\}|\{pages\})/).filter((piece) => piece !== "").map((piece) => {
    if (piece === PAGE) return new TextRun({ children: [PageNumber.CURRENT], size: 18, color: GREY });
    if (piece === PAGES) return new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18, color: GREY });
    return new TextRun({ text: piece, size: 18, color: GREY });
  });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children })] });
}

function contentsPage(headingText: string): Block[] {
  return [
    new Paragraph({ style: "TOCHeading", pageBreakBefore: true, children: [new TextRun(headingText)] }),
    // The sections (Heading 1) and, under them, the measures by name (Heading 3); the generic
    // "Goals" and "Measures" headings between them would only repeat in the list.
    new TableOfContents(headingText, { hyperlink: true, headingStyleRange: "1-1", stylesWithLevels: [new StyleLevel("Heading 3", 2)] }),
  ];
}

export function wordDocument(options: WordDocumentOptions): Document {
  const empty = { children: [new Paragraph({ children: [] })] };
  return new Document({
    title: options.title,
    description: options.description,
    creator: "Samspill",
    lastModifiedBy: "Samspill",
    // Lays the pages out as Word does, so the table of contents is written with its page numbers.
    pageNumbers: estimatePageNumbers,
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
      paragraphStyles: [
        { id: "TOCHeading", name: "TOC Heading", basedOn: "Normal", next: "Normal", run: { size: 32, bold: true, color: "1F3864" },
          paragraph: { spacing: { after: 240 } } },
      ],
    },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 708, footer: 708 } },
      },
      headers: { default: runningHeader(options.running), first: new Header(empty) },
      footers: { default: pageFooter(options.format), first: new Footer(empty) },
      children: [...options.cover, ...(options.contents ? contentsPage(options.contents) : []), ...options.body],
    }],
  });
}

export async function toBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
