import { DomainError } from "@samspill/domain";

// How large a generated file may be. Making one costs memory and time in proportion to what it
// holds — a Word document of 1 000 measures took half a minute of CPU and some 250 MB in its
// render thread — so these bounds let any real programme through (a national one has a few
// hundred measures) and refuse, with the limit named, what would hold a render thread for
// minutes or run it out of memory.

export const FILE_SIZE_LIMITS = {
  /** Measures in one Word document: the action programme, the annual report to the county. */
  documentMeasures: 1_000,
  /** Measures in one spreadsheet: the measures list, the whole programme's workbook. */
  sheetMeasures: 5_000,
  /** Rows of the reporting overview's spreadsheet (one per report expected). */
  sheetRows: 20_000,
} as const;

export type FileSizeUnit = "measures" | "rows";

/** INVALID_STATE `file_too_large`, naming the count and the limit, when `count` is past `limit`. */
export function refuseLargerThan(count: number, limit: number, unit: FileSizeUnit): void {
  if (count > limit) throw new DomainError("INVALID_STATE", { reason: "file_too_large", params: { count, limit, unit } });
}
