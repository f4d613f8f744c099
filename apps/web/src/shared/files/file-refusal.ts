import { formatNumber, type Language } from "@samspill/i18n";
import type { TFunction } from "i18next";
import type { ClientErrorCode } from "../errors/error-code";

// Why a file was not downloaded, in the reader's language: the server's reason with the limit
// it names (a file too large, too many files, a render that failed), else the code's own text.

export interface FileRefusal {
  code: ClientErrorCode;
  reason?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

const REASONS = ["file_too_large", "file_out_of_memory", "file_failed", "too_many_files", "files_busy"] as const;

function isFileReason(reason: string | undefined): reason is (typeof REASONS)[number] {
  return (REASONS as readonly (string | undefined)[]).includes(reason);
}

const numberParam = (params: Record<string, unknown> | undefined, name: string): number => {
  const value = params?.[name];
  return typeof value === "number" ? value : 0;
};

/** The refusal in words: `files:refusals.<reason>` with its numbers formatted, or `common:errors.<code>`. */
export function fileRefusalText(t: TFunction<["files", "common"]>, refusal: FileRefusal, language: Language): string {
  const { reason, params } = refusal;
  if (!isFileReason(reason)) return t(`common:errors.${refusal.code}`);
  const number = (name: string) => formatNumber(numberParam(params, name), language);
  switch (reason) {
    case "file_too_large": {
      const unit = params?.unit === "rows" ? "rows" : "measures";
      return t(`refusals.file_too_large_${unit}`, { count: number("count"), limit: number("limit") });
    }
    case "file_out_of_memory":
      return t("refusals.file_out_of_memory", { memoryMb: number("memoryMb") });
    case "file_failed":
      return t("refusals.file_failed");
    case "too_many_files":
    case "files_busy":
      return t(`refusals.${reason}`, { seconds: number("retryAfterSeconds") });
  }
}
