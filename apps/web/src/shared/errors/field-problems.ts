// What went wrong with which field of a form: the server's field issues (zod's code and params,
// or a domain rule's reason) and the browser's own checks, in one shape, so one function
// (`fieldMessage`) words them all. Each form names its fields; a problem is keyed by that name.

export type ProblemParams = Record<string, string | number | boolean | null>;

export interface FieldProblem {
  /** zod's issue code (`too_big`, `invalid_format` …), `custom` for a domain rule, or a browser check's code. */
  code: string;
  /** The limits and names the message needs: `maximum`, `minimum`, `origin`, `reason`, `startKey` … */
  params: ProblemParams;
  /** Where the server pointed (`amount.amountMinor`), when it was more than the field. */
  path?: string;
}

export type FieldProblems = Record<string, FieldProblem>;

/** The form field an issue path points at: by default its first segment (`links.0` → `links`). */
export type FieldOfPath = (path: string) => string | null;
const firstSegment: FieldOfPath = (path) => path.split(".")[0] || null;

function dataOf(error: unknown): Record<string, unknown> {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
}

function paramsOf(value: unknown): ProblemParams {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item === null || ["string", "number", "boolean"].includes(typeof item)),
  ) as ProblemParams;
}

/**
 * The field problems of a failed call: every issue the server sent (the first per field wins),
 * and a refusal that names its field in `params.field` (a case number already taken).
 */
export function fieldProblemsOf(error: unknown, fieldOf: FieldOfPath = firstSegment): FieldProblems {
  const data = dataOf(error);
  const problems: FieldProblems = {};
  if (Array.isArray(data.issues)) {
    for (const issue of data.issues as Array<{ path?: unknown; code?: unknown; params?: unknown }>) {
      const path = typeof issue.path === "string" ? issue.path : "";
      const field = fieldOf(path);
      if (!field || problems[field]) continue;
      problems[field] = { code: typeof issue.code === "string" ? issue.code : "invalid", params: paramsOf(issue.params), path };
    }
  }
  const params = paramsOf(data.params);
  if (typeof data.reason === "string" && typeof params.field === "string") {
    const field = fieldOf(params.field);
    if (field && !problems[field]) problems[field] = { code: "custom", params: { ...params, reason: data.reason }, path: params.field };
  }
  return problems;
}

export const REQUIRED: FieldProblem = { code: "required", params: {} };

/** The browser's checks of a text field, the same limits the server's schema has. */
export interface TextRule {
  required?: boolean;
  max?: number;
}

export function textProblem(value: string, rule: TextRule): FieldProblem | null {
  const text = value.trim();
  if (rule.required && text === "") return REQUIRED;
  if (rule.max !== undefined && text.length > rule.max) return { code: "too_big", params: { maximum: rule.max, origin: "string" } };
  return null;
}

/** Problems of every field with a rule, by field. */
export function textProblems<F extends string>(values: Record<F, string>, rules: Partial<Record<F, TextRule>>): FieldProblems {
  const problems: FieldProblems = {};
  for (const [field, rule] of Object.entries(rules) as Array<[F, TextRule]>) {
    const problem = textProblem(values[field] ?? "", rule);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** An end before its start (ISO dates compare as text), on the end field like the server says it. */
export function rangeProblem(values: Record<string, string>, startKey: string, endKey: string): FieldProblems {
  const start = values[startKey] ?? "";
  const end = values[endKey] ?? "";
  if (start === "" || end === "" || end >= start) return {};
  return { [endKey]: { code: "custom", params: { reason: "range_not_ordered", startKey, endKey } } };
}
