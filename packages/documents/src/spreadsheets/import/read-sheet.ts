import ExcelJS from "exceljs";
import { DomainError } from "@samspill/domain";
import { assertZipWithinLimits, unreadable } from "./zip-guard.js";

// Reads the first worksheet of an .xlsx file into plain cells. Size is checked three times:
// the file itself, what it inflates to, and the number of rows, so neither a large file nor a
// small hostile one can tie up the server; anything exceljs cannot read is `file_unreadable`.

export const IMPORT_LIMITS = {
  /** Below the 1 MiB HTTP body limit once base64 (4/3) and the JSON around it are added. */
  maxBytes: 700 * 1024,
  maxRows: 1000,
  maxColumns: 100,
  maxZipEntries: 500,
  maxUncompressedBytes: 12 * 1024 * 1024,
} as const;

export type SheetCell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "date"; date: Date }
  | { kind: "boolean"; value: boolean }
  | { kind: "error" };

export interface SheetRow {
  /** The row number as Excel shows it (the header is row 1). */
  rowNumber: number;
  /** By column number, 1-based; missing means empty. */
  cells: Map<number, SheetCell>;
}

export interface ReadSheet {
  headers: Map<number, string>;
  rows: SheetRow[];
}

const EMPTY: SheetCell = { kind: "empty" };

function textCell(text: string): SheetCell {
  const trimmed = text.trim();
  return trimmed === "" ? EMPTY : { kind: "text", text: trimmed };
}

type Primitive = number | string | boolean | Date | { error: string } | null | undefined;

function primitiveCell(value: Primitive, numFmt: string | undefined): SheetCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, percent: Boolean(numFmt?.includes("%")) } : { kind: "error" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: "error" } : { kind: "date", date: value };
  return { kind: "error" };
}

/** Rich text, hyperlinks and formulas (their cached result) become the plain value a reader sees. */
export function cellOf(cell: Pick<ExcelJS.Cell, "value" | "numFmt">): SheetCell {
  const value = cell.value;
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) {
    return primitiveCell(value, cell.numFmt);
  }
  if ("richText" in value) return textCell(value.richText.map((run) => run.text).join(""));
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return textCell(text);
    if (typeof text === "object" && text !== null && "richText" in text) {
      return textCell((text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join(""));
    }
    return EMPTY;
  }
  if ("formula" in value || "sharedFormula" in value) return primitiveCell(value.result, cell.numFmt);
  return { kind: "error" };
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's own Buffer type is an ArrayBuffer look-alike; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw unreadable(error);
  }
  return workbook;
}

/** The workbook of an .xlsx file, after its size and what it inflates to are checked. */
export async function loadCheckedWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    throw new DomainError("INVALID_INPUT", {
      reason: "file_too_large",
      params: { field: "fileBase64", maxKilobytes: IMPORT_LIMITS.maxBytes / 1024 },
    });
  }
  assertZipWithinLimits(bytes, { maxEntries: IMPORT_LIMITS.maxZipEntries, maxUncompressedBytes: IMPORT_LIMITS.maxUncompressedBytes });
  return loadWorkbook(bytes);
}

/** One worksheet's heading row and filled rows, within the row and column limits. */
export function readWorksheet(sheet: ExcelJS.Worksheet): ReadSheet {
  const headers = new Map<number, string>();
  const rows: SheetRow[] = [];
  let tooWide = false;
  sheet.eachRow((row, rowNumber) => {
    const cells = new Map<number, SheetCell>();
    row.eachCell((cell, columnNumber) => {
      if (columnNumber > IMPORT_LIMITS.maxColumns) tooWide = true;
      const read = cellOf(cell);
      if (read.kind !== "empty") cells.set(columnNumber, read);
    });
    if (rowNumber === 1) {
      for (const [column, cell] of cells) headers.set(column, cell.kind === "text" ? cell.text : String(cell.kind === "number" ? cell.value : ""));
    } else if (cells.size > 0) {
      rows.push({ rowNumber, cells });
    }
  });
  if (tooWide) throw unreadable();
  if (rows.length > IMPORT_LIMITS.maxRows) {
    throw new DomainError("INVALID_INPUT", { reason: "too_many_rows", params: { field: "fileBase64", maxRows: IMPORT_LIMITS.maxRows } });
  }
  return { headers, rows };
}

export async function readFirstSheet(bytes: Uint8Array): Promise<ReadSheet> {
  const workbook = await loadCheckedWorkbook(bytes);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  return readWorksheet(sheet);
}
