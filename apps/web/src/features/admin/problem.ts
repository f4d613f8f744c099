import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";

export interface Problem {
  code: ClientErrorCode;
  reason: string | null;
  /** Field name → the key of its message under `admin:fieldError`. */
  fields: Record<string, string>;
  /** Someone else saved first: the form offers reload and "apply again". */
  versionConflict: boolean;
  /** The version the server holds now, when it said (a version conflict tells it). */
  currentVersion?: number;
}

// Reasons about the official code that the server reports without naming a field.
const CODE_REASONS = new Set([
  "code_required", "code_not_applicable", "county_code_format", "municipality_code_format",
  "unknown_county_code", "organisation_code_taken",
]);

// Messages we have for a field; any other issue gets the generic "invalid".
const KNOWN = new Set([...CODE_REASONS, "code_outside_county", "range_not_ordered", "role_does_not_fit_organisation", "language_form_not_of_country", "membership_overlap"]);

function dataOf(error: unknown): Record<string, unknown> {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
}

/** What a failed admin save tells its form: the code, and a message key per field the server pointed at. */
export function problemOf(error: unknown): Problem {
  const data = dataOf(error);
  const reason = typeof data.reason === "string" ? data.reason : null;
  const params = (typeof data.params === "object" && data.params !== null ? data.params : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  if (Array.isArray(data.issues)) {
    for (const issue of data.issues as Array<{ path?: unknown; code?: unknown; message?: unknown }>) {
      const field = typeof issue.path === "string" ? issue.path.split(".")[0] : "";
      if (!field) continue;
      // A date range refinement names the end field and says why in its params.
      const key = issue.code === "custom" && field === "validTo" ? "range_not_ordered" : "invalid";
      fields[field] = field === "email" ? "email" : field === "password" ? "password" : key;
    }
  }
  const known = reason && KNOWN.has(reason) ? reason : "invalid";
  if (reason && CODE_REASONS.has(reason)) fields.code = known;
  else if (reason === "membership_overlap") fields.municipalityId = reason;
  else if (typeof params.field === "string") fields[params.field] = known;
  else if (reason === "range_not_ordered" && typeof params.endKey === "string") fields[params.endKey] = known;
  const currentVersion = typeof params.currentVersion === "number" ? params.currentVersion : undefined;
  return { code: errorCodeOf(error), reason, fields, versionConflict: reason === "version_mismatch", ...(currentVersion ? { currentVersion } : {}) };
}
