import { errorCodeOf } from "../../shared/errors/error-code";
import { fieldProblemsOf, type FieldProblems } from "../../shared/forms";

// The texts of the report to the county as the form edits them, their limits (the server's),
// and what a refused save says about each field (worded by the shared `fieldMessage`).

export const TEXT_LIMITS = { summary: 20_000, approval: 500, signatoryName: 200, signatoryTitle: 200, place: 100 } as const;
export type TextField = keyof typeof TEXT_LIMITS;

export interface TextsValues {
  summary: string;
  approval: string;
  signatoryName: string;
  signatoryTitle: string;
  place: string;
  /** `YYYY-MM-DD`, or empty. */
  signedOn: string;
}

export interface TextsProblem {
  conflict: boolean;
  /** The server's field issues, by field name. */
  fields: FieldProblems;
  code: ReturnType<typeof errorCodeOf>;
  currentVersion?: number;
}

/** What a refused save tells the form: someone else saved first, or which fields the server refused. */
export function textsProblem(error: unknown): TextsProblem {
  const data = ((error as { data?: unknown } | null)?.data ?? {}) as { reason?: unknown; params?: { currentVersion?: unknown } | null };
  const currentVersion = typeof data.params?.currentVersion === "number" ? data.params.currentVersion : undefined;
  return {
    conflict: data.reason === "version_mismatch",
    fields: fieldProblemsOf(error),
    code: errorCodeOf(error),
    ...(currentVersion === undefined ? {} : { currentVersion }),
  };
}

/** The form's values from what the server holds: its fields only, no date as empty. */
export function textsValues(saved: Omit<TextsValues, "signedOn"> & { signedOn: string | null }): TextsValues {
  const { summary, approval, signatoryName, signatoryTitle, place, signedOn } = saved;
  return { summary, approval, signatoryName, signatoryTitle, place, signedOn: signedOn ?? "" };
}

/** The form's values as the API takes them: an empty date is none. */
export function textsInput(values: TextsValues) {
  return { ...values, signedOn: values.signedOn === "" ? null : values.signedOn };
}
