import { useTranslation } from "react-i18next";
import { knownRefusalText } from "../../shared/errors/refusal";
import type { FormProblem } from "../../shared/forms";

// The agreement rules the server can refuse a change by, each with words of its own; any other
// refusal is said by the shared refusal words, else by the error's code.
export const AGREEMENT_REASONS = [
  "one_council_or_municipality_per_agreement", "agreement_needs_council_or_municipality", "party_is_another_county",
  "party_not_in_county", "duplicate_party", "unknown_party", "not_a_county", "not_a_party", "county_party_required",
  "party_has_obligations", "currency_mismatch", "measure_not_of_a_party", "already_linked", "commitment_exists",
] as const;
type AgreementReason = (typeof AGREEMENT_REASONS)[number];

const isAgreementReason = (reason: string | null): reason is AgreementReason =>
  reason !== null && (AGREEMENT_REASONS as readonly string[]).includes(reason);

/** A failed save in words: what the rule says when the server named one, else what kind of failure it was. */
export function useProblemText(): (problem: FormProblem) => string {
  const { t } = useTranslation(["agreement-editing", "common"]);
  const { t: forms } = useTranslation("forms");
  return (problem) => {
    if (isAgreementReason(problem.reason)) return t(`reasons.${problem.reason}`);
    const refusal = knownRefusalText(forms, "agreement", problem.reason);
    return refusal ?? t(`common:errors.${problem.code}`);
  };
}

/** The agreement rules' words for a field the server (or the form) pointed at; undefined for others. */
export function useReasonText(): (reason: string) => string | undefined {
  const { t } = useTranslation("agreement-editing");
  return (reason) => (isAgreementReason(reason) ? t(`reasons.${reason}`) : undefined);
}
