// The UI languages and the Intl locale each one formats with. Kept here (not imported from the
// domain) so this package stays free of dependencies and usable by any layer; the web app
// checks at compile time that the list matches the domain's UI_LANGUAGES.

export const LANGUAGES = ["nb", "nn", "sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "nb";

/** Countries whose institutions have their own names (fylkeskommune vs. region …). */
export const COUNTRIES = ["NO", "SE"] as const;
export type Country = (typeof COUNTRIES)[number];

// en-GB rather than en-US: day-month-year order and metric conventions suit a Nordic audience.
const INTL_LOCALES: Record<Language, string> = {
  nb: "nb-NO",
  nn: "nn-NO",
  sv: "sv-SE",
  en: "en-GB",
};

export function toIntlLocale(lang: Language): string {
  return INTL_LOCALES[lang];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
