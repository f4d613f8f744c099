import { useTranslation } from "react-i18next";
import { errorCodeOf, type ClientErrorCode } from "../../shared/errors/error-code";
import { type FieldProblems, fieldProblemsOf, useFieldMessages } from "../../shared/forms";

export interface Problem {
  code: ClientErrorCode;
  reason: string | null;
  /** The field problems, by field; `useAdminMessages` words them. */
  fields: FieldProblems;
  /** Someone else saved first: the form offers reload and "apply again". */
  versionConflict: boolean;
  /** The version the server holds now, when it said (a version conflict tells it). */
  currentVersion?: number;
}

// Rules about the official code and memberships that the server states without naming a field.
const FIELD_OF_REASON: Record<string, string> = {
  code_required: "code", code_not_applicable: "code", county_code_format: "code", municipality_code_format: "code",
  unknown_county_code: "code", organisation_code_taken: "code", membership_overlap: "municipalityId",
};

// The admin's own words for these rules (admin:fieldError); any other rule gets the shared ones.
const ADMIN_REASONS = new Set([...Object.keys(FIELD_OF_REASON), "code_outside_county", "role_does_not_fit_organisation", "language_form_not_of_country"]);

/** What a failed admin save tells its form: the code, and the problem at each field the server pointed at. */
export function problemOf(error: unknown): Problem {
  const data = (error as { data?: { reason?: unknown; params?: { currentVersion?: unknown } | null } } | null)?.data;
  const reason = typeof data?.reason === "string" ? data.reason : null;
  const fields = fieldProblemsOf(error);
  const field = reason ? FIELD_OF_REASON[reason] : undefined;
  if (reason && field && !fields[field]) fields[field] = { code: "custom", params: { reason } };
  const currentVersion = typeof data?.params?.currentVersion === "number" ? data.params.currentVersion : undefined;
  return { code: errorCodeOf(error), reason, fields, versionConflict: reason === "version_mismatch", ...(currentVersion ? { currentVersion } : {}) };
}

/** The admin forms' field problems in words, naming each field by its label. */
export function useAdminMessages(labels: Record<string, string>, fields: FieldProblems): Record<string, string> {
  const { t } = useTranslation("admin");
  const reasonText = (reason: string) => (ADMIN_REASONS.has(reason) ? t(`fieldError.${reason as "code_required"}`) : undefined);
  return useFieldMessages({ labels, reasonText }, fields);
}

/** The browser's own findings before sending, as a problem the form shows like the server's; null when none. */
export function inputProblem(fields: FieldProblems): Problem | null {
  return Object.keys(fields).length === 0 ? null : { code: "INVALID_INPUT", reason: null, fields, versionConflict: false };
}
