import { useTranslation } from "react-i18next";
import { useFieldMessages, type FieldProblems, type FormProblemOptions } from "../../shared/forms";

// Rules about the official code and memberships that the server states without naming a field.
const FIELD_OF_REASON: Record<string, string> = {
  code_required: "code", code_not_applicable: "code", county_code_format: "code", municipality_code_format: "code",
  unknown_county_code: "code", organisation_code_taken: "code", membership_overlap: "municipalityId",
};

/** How an admin form reads a failed save (`formProblemOf`): the code rules' reasons land at their field. */
export const ADMIN_PROBLEMS: FormProblemOptions = { fieldOfReason: FIELD_OF_REASON };

// The admin's own words for these rules (admin:fieldError); any other rule gets the shared ones.
const ADMIN_REASONS = new Set([...Object.keys(FIELD_OF_REASON), "code_outside_county", "role_does_not_fit_organisation", "language_form_not_of_country", "secret_key_missing"]);

/** The admin forms' field problems in words, naming each field by its label. */
export function useAdminMessages(labels: Record<string, string>, fields: FieldProblems): Record<string, string> {
  const { t } = useTranslation("admin");
  const reasonText = (reason: string) => (ADMIN_REASONS.has(reason) ? t(`fieldError.${reason as "code_required"}`) : undefined);
  return useFieldMessages({ labels, reasonText }, fields);
}
