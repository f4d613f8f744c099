import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";
import { fieldProblemsOf, type FieldProblems } from "../../shared/forms";

export interface MutationProblem {
  code: ClientErrorCode;
  /** The server's reason, e.g. `not_own_municipality`. */
  reason: string | null;
  /** The field problems the server pointed at, by field (`fieldMessage` words them). */
  fields: FieldProblems;
}

/** What a failed save tells the form: code, reason, and which fields the server pointed at. */
export function mutationProblem(error: unknown): MutationProblem {
  const data = (error as { data?: { reason?: unknown } } | null)?.data;
  return { code: errorCodeOf(error), reason: typeof data?.reason === "string" ? data.reason : null, fields: fieldProblemsOf(error) };
}
