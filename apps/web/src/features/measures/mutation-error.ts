import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";

export interface MutationProblem {
  code: ClientErrorCode;
  /** The server's reason, e.g. `not_own_municipality`. */
  reason: string | null;
  /** Field name → the server's issue code, for the messages next to the fields. */
  fields: Record<string, string>;
}

function dataOf(error: unknown): Record<string, unknown> {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
}

/** What a failed save tells the form: code, reason, and which fields the server pointed at. */
export function mutationProblem(error: unknown): MutationProblem {
  const data = dataOf(error);
  const fields: Record<string, string> = {};
  if (Array.isArray(data.issues)) {
    for (const issue of data.issues as Array<{ path?: unknown; code?: unknown }>) {
      const field = typeof issue.path === "string" ? issue.path.split(".")[0] : "";
      if (field) fields[field] = typeof issue.code === "string" ? issue.code : "invalid";
    }
  }
  const params = data.params as { field?: unknown } | null | undefined;
  if (params && typeof params.field === "string") fields[params.field] = typeof data.reason === "string" ? data.reason : "invalid";
  return { code: errorCodeOf(error), reason: typeof data.reason === "string" ? data.reason : null, fields };
}
