// Kept apart from the provider schemas (identity-provider.ts) and free of zod: the sign-in page
// reads these on the first page a visitor loads.

/** Why a single sign-on did not end in a session; the sign-in page explains each. */
export const SSO_ERRORS = [
  "unknown_provider",
  "provider_unavailable",
  "provider_refused",
  "state_mismatch",
  "code_rejected",
  "token_invalid",
  "acr_mismatch",
  "unknown_user",
  "account_exists_unlinked",
  "email_missing",
  "user_inactive",
  "organisation_not_allowed",
] as const;
export type SsoError = (typeof SSO_ERRORS)[number];
