import { FUNDING_SOURCES, MEASURE_SCOPES, MEASURE_STATUSES, type FundingSource, type MeasureScope, type MeasureStatus } from "@samspill/domain";
import { LANGUAGES, type Language } from "@samspill/i18n";
import { sheetTexts } from "../sheet-texts.js";
import { normaliseName } from "./normalise.js";

// The closed vocabularies of the layout (row type, scope, status, funding source), recognised
// by their label in any of the four languages or by their code.

export interface Choices<T extends string> {
  find: (text: string) => T | undefined;
  /** The labels in the reader's language, for the problem text. */
  allowed: (lang: Language) => string;
}

function choices<T extends string>(codes: readonly T[], labelKey: (code: T) => string): Choices<T> {
  const byName = new Map<string, T>();
  for (const code of codes) {
    byName.set(normaliseName(code), code);
    byName.set(normaliseName(code.replace(/_/g, " ")), code);
    for (const lang of LANGUAGES) byName.set(normaliseName(sheetTexts(lang)(labelKey(code))), code);
  }
  return {
    find: (text) => byName.get(normaliseName(text)),
    allowed: (lang) => codes.map((code) => sheetTexts(lang)(labelKey(code))).join(", "),
  };
}

export const ROW_KINDS = ["measure", "part"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const KIND_CHOICES: Choices<RowKind> = choices(ROW_KINDS, (code) => `spreadsheets:kind.${code}`);
export const SCOPE_CHOICES: Choices<MeasureScope> = choices(MEASURE_SCOPES, (code) => `domain:measureScope.${code}`);
export const STATUS_CHOICES: Choices<MeasureStatus> = choices(MEASURE_STATUSES, (code) => `domain:measureStatus.${code}`);
export const FUNDING_CHOICES: Choices<FundingSource> = choices(FUNDING_SOURCES, (code) => `measures:fundingSource.${code}`);

/** The total row a download ends with, recognised in any language so a download reads back. */
const TOTAL_LABELS = new Set(LANGUAGES.map((lang) => normaliseName(sheetTexts(lang)("spreadsheets:total"))));

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(normaliseName(text));
}
