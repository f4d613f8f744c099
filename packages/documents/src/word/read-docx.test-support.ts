import JSZip from "jszip";

// Reads a generated .docx back for tests: the parts of the package, the paragraphs with their
// styles, and the tables as rows of cell texts. docx writes plain, unindented XML without
// nested paragraphs or tables, so a few regular expressions read it faithfully.

export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface DocxTable {
  columns: number;
  /** The grid's column widths in twips. */
  widths: number[];
  rows: Array<{ header: boolean; cells: Array<{ span: number; paragraphs: string[] }> }>;
}

export interface ReadDocx {
  files: string[];
  part: (name: string) => Promise<string>;
  documentXml: string;
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  /** All the text of the body, paragraphs joined by newlines. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? `&${entity};`;
  });
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => (match[1] === undefined ? "\n" : decode(match[1]))).join("");
}

function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[1] ?? "")?.[1] ?? null,
    text: textOf(match[1] ?? ""),
  }));
}

function tablesOf(xml: string): DocxTable[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) => {
    const body = table[1] ?? "";
    return {
      columns: [...body.matchAll(/<w:gridCol /g)].length,
      widths: [...body.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1])),
      rows: [...body.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) => ({
        header: (row[1] ?? "").includes("<w:tblHeader/>"),
        cells: [...(row[1] ?? "").matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => ({
          span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell[1] ?? "")?.[1] ?? 1),
          paragraphs: paragraphsOf(cell[1] ?? "").map((paragraph) => paragraph.text),
        })),
      })),
    };
  });
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name} in the package`);
    return file.async("string");
  };
  const documentXml = await part("word/document.xml");
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? "";
  // Paragraphs outside tables only, so a heading count is not confused by table cells.
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  const paragraphs = paragraphsOf(outside);
  return {
    files: Object.keys(zip.files),
    part,
    documentXml,
    paragraphs,
    tables: tablesOf(body),
    text: paragraphsOf(body).map((paragraph) => paragraph.text).join("\n"),
  };
}

export function headings(docx: ReadDocx, style: string): string[] {
  return docx.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);
}

/**
 * Throws unless the XML is well-formed: one root, every tag closed in order, attributes quoted,
 * only the five predefined entities or character references. Word refuses a package over less.
 */
export function assertWellFormed(xml: string, name = "xml"): void {
  const withoutDeclaration = xml.replace(/^<\?xml[^?]*\?>/, "");
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const match of withoutDeclaration.matchAll(token)) {
    const [, closing, tagName, , selfClosing, text, stray] = match;
    if (stray) throw new Error(`${name}: a "<" that starts no tag at ${match.index}`);
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error(`${name}: a bare "&" at ${match.index}`);
      if (stack.length === 0 && text.trim() !== "") throw new Error(`${name}: text outside the root at ${match.index}`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== tagName) throw new Error(`${name}: </${tagName}> closes <${open}> at ${match.index}`);
      continue;
    }
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(tagName ?? "");
  }
  if (stack.length > 0) throw new Error(`${name}: <${stack.join("> <")}> never closed`);
  if (roots !== 1) throw new Error(`${name}: ${roots} root elements`);
}
