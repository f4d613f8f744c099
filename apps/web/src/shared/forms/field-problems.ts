import { fieldIssueOf, type IssueLike } from "@samspill/domain";
import { errorDataOf } from "./error-data";

// What went wrong with which field of a form: the server's field issues (zod's code and params,
// or a domain rule's reason) and the browser's own check of the same domain schema before
// sending, in one shape, so one function (`fieldMessage`) words them all. Each form names its
// fields; a problem is keyed by that name.

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

/** The plain values of the server's params (a message needs no nested ones). */
export function paramsOf(value: unknown): ProblemParams {
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
  const data = errorDataOf(error);
  const problems: FieldProblems = {};
  for (const issue of data?.issues ?? []) {
    const field = fieldOf(issue.path);
    if (!field || problems[field]) continue;
    problems[field] = { code: issue.code, params: paramsOf(issue.params), path: issue.path };
  }
  const params = paramsOf(data?.params);
  if (typeof data?.reason === "string" && typeof params.field === "string") {
    const field = fieldOf(params.field);
    if (field && !problems[field]) problems[field] = { code: "custom", params: { ...params, reason: data.reason }, path: params.field };
  }
  return problems;
}

export const REQUIRED: FieldProblem = { code: "required", params: {} };

/** A zod schema, as far as checking an input needs it. */
export interface CheckingSchema {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: readonly IssueLike[] } };
}

/**
 * The problems the server would report for this input, found before sending by the same domain
 * schema the API parses it with: lengths, ranges, formats, an end before its start.
 */
export function schemaProblems(schema: CheckingSchema, input: unknown, fieldOf: FieldOfPath = firstSegment): FieldProblems {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const problems: FieldProblems = {};
  for (const issue of result.error.issues) {
    const { path, code, params } = fieldIssueOf(issue);
    const field = fieldOf(path);
    if (field && !problems[field]) problems[field] = { code, params, path };
  }
  return problems;
}

/** The fields left empty that must be filled in: said as "required", whatever else the schema says of them. */
export function blankProblems<V extends object>(values: V, required: ReadonlyArray<keyof V & string>): FieldProblems {
  const blank = (field: keyof V & string) => {
    const value = values[field];
    return typeof value !== "string" || value.trim() === "";
  };
  return Object.fromEntries(required.filter(blank).map((field) => [field, REQUIRED]));
}

/** Both, the blank fields first: what a form checks before it sends. */
export function checkBeforeSending<V extends object>(
  schema: CheckingSchema,
  input: unknown,
  values: V,
  required: ReadonlyArray<keyof V & string>,
): FieldProblems {
  return { ...schemaProblems(schema, input), ...blankProblems(values, required) };
}
