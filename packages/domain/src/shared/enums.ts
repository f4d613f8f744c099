// The closed vocabularies of the domain. Every layer (database checks, API input, UI labels)
// takes its values from here, so a new status is added in exactly one place.

export const COUNTRIES = ["NO", "SE"] as const;
export type Country = (typeof COUNTRIES)[number];

export const CURRENCIES = ["NOK", "SEK", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Written language of an organisation: Bokmål, Nynorsk, Swedish (English for UI only). */
export const LANGUAGE_FORMS = ["nb", "nn", "sv"] as const;
export type LanguageForm = (typeof LANGUAGE_FORMS)[number];

export const UI_LANGUAGES = ["nb", "nn", "sv", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const ORGANISATION_KINDS = ["county", "regional_council", "municipality", "partner"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = ["secretariat", "municipality_contributor", "county_official", "council_member", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const MEASURE_STATUSES = ["planned", "in_progress", "completed", "delayed", "cancelled"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_SCOPES = ["shared", "local"] as const;
export type MeasureScope = (typeof MEASURE_SCOPES)[number];

export const REPORT_STATUSES = ["draft", "submitted", "returned", "approved"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const PROGRAMME_STATUSES = ["draft", "adopted", "superseded"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const AGREEMENT_STATUSES = ["draft", "active", "expired"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const FUNDING_SOURCES = ["council_funds", "county_partnership_funds", "municipal_own_contribution", "external"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const INDICATOR_KINDS = ["outcome", "output"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_SOURCES = ["manual", "ssb", "kolada"] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const MEMBER_ROLES_IN_FOLLOW_UP = ["owner", "coordinator", "contributor", "funder", "advisor"] as const;
export type FollowUpRole = (typeof MEMBER_ROLES_IN_FOLLOW_UP)[number];

/** UN Sustainable Development Goals 1–17. */
export const SDG_GOALS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgGoal = (typeof SDG_GOALS)[number];

/** Things that can carry comments, attachments and audit events. */
export const SUBJECT_TYPES = [
  "organisation", "membership", "user", "agreement", "obligation", "funding_commitment",
  "reporting_requirement", "dialogue_meeting", "strategy", "programme", "focus_area", "goal",
  "measure", "measure_part", "budget_line", "indicator", "indicator_value", "reporting_period",
  "status_report", "meeting", "agenda_item", "decision", "comment", "attachment",
  "identity_provider", "user_identity", "installation",
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
