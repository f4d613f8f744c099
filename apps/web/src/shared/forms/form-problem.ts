import { errorCodeOf, type ClientErrorCode } from "../errors/error-code";
import { errorDataOf } from "./error-data";
import { fieldProblemsOf, paramsOf, type FieldOfPath, type FieldProblems, type ProblemParams } from "./field-problems";

// The one reading of a failed call for a form: what kind of failure, the domain's reason with
// its params, and the problems at each field (zod's code and params, never its English text).

export interface FormProblem {
  code: ClientErrorCode;
  /** The domain's reason, e.g. `not_own_municipality`, `version_mismatch`. */
  reason: string | null;
  /** What the reason's words need: `retryAfterSeconds`, `source`, `maximum` … */
  params: ProblemParams;
  /** The field problems by form field; `fieldMessage` words them. */
  fields: FieldProblems;
  /** Someone else saved first: the form offers reload and "apply again". */
  versionConflict: boolean;
  /** The version the server holds now, when it said. */
  currentVersion?: number;
}

export interface FormProblemOptions {
  /** The form field an issue path points at (default: its first segment). */
  fieldOf?: FieldOfPath;
  /** Domain reasons that concern one field although the server names none, e.g. `code_required` → `code`. */
  fieldOfReason?: Readonly<Record<string, string>>;
}

export function formProblemOf(error: unknown, options: FormProblemOptions = {}): FormProblem {
  const data = errorDataOf(error);
  const reason = typeof data?.reason === "string" ? data.reason : null;
  const params = paramsOf(data?.params);
  const fields = fieldProblemsOf(error, options.fieldOf);
  const field = reason ? options.fieldOfReason?.[reason] : undefined;
  if (reason && field && !fields[field]) fields[field] = { code: "custom", params: { ...params, reason } };
  const currentVersion = typeof params.currentVersion === "number" ? params.currentVersion : undefined;
  return {
    code: errorCodeOf(error),
    reason,
    params,
    fields,
    versionConflict: reason === "version_mismatch",
    ...(currentVersion === undefined ? {} : { currentVersion }),
  };
}

/** The browser's own findings before sending, as a problem shown like the server's; null when none. */
export function inputProblem(fields: FieldProblems): FormProblem | null {
  if (Object.keys(fields).length === 0) return null;
  return { code: "INVALID_INPUT", reason: null, params: {}, fields, versionConflict: false };
}

/** The refusal to show as a whole: a problem that names no field (those are said at their fields). */
export function wholeFormRefusal(problem: FormProblem | null): FormProblem | null {
  return problem && Object.keys(problem.fields).length === 0 ? problem : null;
}
