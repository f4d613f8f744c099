import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";
import { fieldProblemsOf, type FieldProblems } from "../../shared/forms";

export interface SaveFailure {
  code: ClientErrorCode;
  /** The server's field problems (a taken case number among them), by field. */
  fields: FieldProblems;
  /** Someone else saved first (stale version): offer reload and "apply again". */
  versionConflict: boolean;
  /** The server's reason for a refusal, when it gave one (e.g. agenda_item_adopted_programme). */
  reason: string | undefined;
}

/** What a refused save tells the form: problems by field, and whether a version was stale. */
export function saveFailureOf(error: unknown): SaveFailure {
  const data = (error as { data?: { reason?: unknown } } | null)?.data;
  const reason = typeof data?.reason === "string" ? data.reason : undefined;
  return { code: errorCodeOf(error), fields: fieldProblemsOf(error), versionConflict: reason === "version_mismatch", reason };
}
