/**
 * A generated document or spreadsheet. Procedures marked `.meta({ file: true })` answer this;
 * `http/file-downloads.ts` serves the bytes with a safe file name, and a tRPC client still gets
 * plain JSON.
 */
export interface FileResult {
  fileName: string;
  contentType: string;
  base64: string;
}

export const CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

export type FileKind = keyof typeof CONTENT_TYPES;

/** `Handlingsprogram 2022–2023` → `Handlingsprogram 2022–2023.docx`, without path or control characters. */
export function safeFileName(title: string, kind: FileKind): string {
  const cleaned = title
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 120)
    .trim();
  return `${cleaned || "samspill"}.${kind}`;
}

export function fileResult(bytes: Uint8Array, title: string, kind: FileKind): FileResult {
  return {
    fileName: safeFileName(title, kind),
    contentType: CONTENT_TYPES[kind],
    base64: Buffer.from(bytes).toString("base64"),
  };
}

export function isFileResult(value: unknown): value is FileResult {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.fileName === "string" && typeof candidate.contentType === "string" && typeof candidate.base64 === "string";
}
