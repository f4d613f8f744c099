import { CaseNumberSchema } from "@samspill/domain";
import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";

/** A field's message: its key under `meetings:edit.error` and the values it names. */
export interface FieldError {
  key: "required" | "invalid" | "caseNumber" | "case_number_taken";
  params?: Record<string, string>;
}
export type FieldErrors = Record<string, FieldError>;

export interface SaveFailure {
  code: ClientErrorCode;
  fields: FieldErrors;
  /** Someone else saved first (stale version): offer reload and "apply again". */
  versionConflict: boolean;
  /** The server's reason for a refusal, when it gave one (e.g. agenda_item_adopted_programme). */
  reason: string | undefined;
}

function dataOf(error: unknown): Record<string, unknown> {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
}

/**
 * What a refused save tells the form: input issues by field, a taken case number at its field
 * (the server says it as a CONFLICT without naming the field), and whether a version was stale.
 */
export function saveFailureOf(error: unknown): SaveFailure {
  const data = dataOf(error);
  const params = (typeof data.params === "object" && data.params !== null ? data.params : {}) as Record<string, unknown>;
  const fields: FieldErrors = {};
  if (Array.isArray(data.issues)) {
    for (const issue of data.issues as Array<{ path?: unknown }>) {
      const field = typeof issue.path === "string" ? issue.path.split(".")[0] : "";
      if (field) fields[field] = { key: field === "caseNumber" ? "caseNumber" : "invalid" };
    }
  }
  if (data.reason === "case_number_taken") {
    fields.caseNumber = { key: "case_number_taken", params: { caseNumber: String(params.caseNumber ?? "") } };
  }
  const reason = typeof data.reason === "string" ? data.reason : undefined;
  return { code: errorCodeOf(error), fields, versionConflict: reason === "version_mismatch", reason };
}

/** The checks the browser can make before sending: filled in, and a case number shaped like 12/26. */
export function checkFields(values: Record<string, string>, required: readonly string[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const name of required) if (!values[name]?.trim()) fields[name] = { key: "required" };
  if (values.caseNumber?.trim() && !CaseNumberSchema.safeParse(values.caseNumber).success) fields.caseNumber = { key: "caseNumber" };
  return fields;
}
