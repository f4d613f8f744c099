import { FUNDING_SOURCES, MEASURE_SCOPES, MEASURE_STATUSES, type FundingSource, type MeasureScope, type MeasureStatus } from "@samspill/domain";
import { COUNTRIES, LANGUAGES, type Language } from "@samspill/i18n";
import { sheetTexts } from "../sheet-texts.js";
import { normaliseName } from "./normalise.js";

// The closed vocabularies of the layout (row type, scope, status, funding source), recognised
// by their label in any of the four languages or by their code.

export interface Choices<T extends string> {
  find: (text: string) => T | undefined;
  /** The labels in the reader's language, for the problem text. */
  allowed: (lang: Language) => string;
}

export function choices<T extends string>(
  codes: readonly T[],
  labelKey: (code: T) => string,
  alsoKnownAs: (code: T) => readonly string[] = () => [],
): Choices<T> {
  const byName = new Map<string, T>();
  for (const code of codes) {
    byName.set(normaliseName(code), code);
    byName.set(normaliseName(code.replace(/_/g, " ")), code);
    for (const lang of LANGUAGES) byName.set(normaliseName(sheetTexts(lang)(labelKey(code))), code);
    for (const name of alsoKnownAs(code)) byName.set(normaliseName(name), code);
  }
  return {
    find: (text) => byName.get(normaliseName(text)),
    allowed: (lang) => codes.map((code) => sheetTexts(lang)(labelKey(code))).join(", "),
  };
}

export const ROW_KINDS = ["measure", "part", "budget"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const KIND_CHOICES: Choices<RowKind> = choices(ROW_KINDS, (code) => `spreadsheets:kind.${code}`);
export const SCOPE_CHOICES: Choices<MeasureScope> = choices(MEASURE_SCOPES, (code) => `domain:measureScope.${code}`);
export const STATUS_CHOICES: Choices<MeasureStatus> = choices(MEASURE_STATUSES, (code) => `domain:measureStatus.${code}`);
/**
 * Names of the funding sources that people still have in their files: each country's own (the
 * Swedish federation's funds in a Norwegian reader's file), and those the portal used before the
 * one vocabulary (`fundingSourceName`), so an older download or template still imports.
 */
const FORMER_FUNDING_NAMES: Record<FundingSource, readonly string[]> = {
  council_funds: ["Rådets midler", "Midlane til rådet", "Regionrådets midler", "Förbundets medel"],
  county_partnership_funds: [
    "Regionale utviklingsmidler (fylket)", "Regionale utviklingsmidlar (fylket)", "Regionale utviklingsmidler",
    "Regionale utviklingsmidlar", "Regionala utvecklingsmedel", "Partnerskapsmidler", "Fylkeskommunens partnerskapsmidler",
  ],
  municipal_own_contribution: ["Egenandel", "Eigendel", "Egeninsats", "Kommunens egenandel"],
  external: ["Eksterne midler", "Externa medel", "External funds"],
};

export const FUNDING_CHOICES: Choices<FundingSource> = choices(
  FUNDING_SOURCES,
  (code) => `measures:fundingSource.${code}`,
  (code) => [
    // A missing country variant comes back as its key, which is no name.
    ...LANGUAGES.flatMap((lang) => COUNTRIES.map((country) => sheetTexts(lang)(`measures:fundingSource.${code}_${country}`)))
      .filter((name) => !name.includes("fundingSource.")),
    ...FORMER_FUNDING_NAMES[code],
  ],
);

/** The total row a download ends with, recognised in any language so a download reads back. */
const TOTAL_LABELS = new Set(LANGUAGES.map((lang) => normaliseName(sheetTexts(lang)("spreadsheets:total"))));

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(normaliseName(text));
}
