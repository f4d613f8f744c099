// A zod issue as a form needs it, on either side of the wire: where (`a.b.0.c`), what (zod's
// code, `custom` for a domain rule) and the values its message needs (`maximum`, `minimum`,
// `origin`, `format`, a rule's `reason` and its own params) — never what was typed. The API
// sends these; the browser makes the same from the same schemas before sending.

export type IssueParams = Record<string, string | number | boolean | null>;

export interface FieldIssue {
  path: string;
  code: string;
  params: IssueParams;
}

export interface IssueLike {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  code?: string;
  message: string;
  params?: unknown;
}

// Not params: where and what the issue is, and what the user typed (never echoed back).
const NOT_PARAMS = new Set(["path", "message", "code", "input", "params", "inst", "continue", "errors", "issues", "def"]);

function paramsOf(issue: IssueLike): IssueParams {
  const params: IssueParams = {};
  const add = (key: string, value: unknown) => {
    if (typeof value === "string" || typeof value === "boolean" || value === null) params[key] = value;
    else if (typeof value === "number") params[key] = Number.isFinite(value) ? value : String(value);
    else if (typeof value === "bigint") params[key] = value.toString();
  };
  for (const [key, value] of Object.entries(issue)) if (!NOT_PARAMS.has(key)) add(key, value);
  if (typeof issue.params === "object" && issue.params !== null) {
    for (const [key, value] of Object.entries(issue.params)) add(key, value);
  }
  return params;
}

export function fieldIssueOf(issue: IssueLike): FieldIssue {
  return {
    path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join("."),
    code: issue.code ?? "invalid",
    params: paramsOf(issue),
  };
}
