import { createI18n, type Language } from "@samspill/i18n";

// The texts of a spreadsheet in one language: headings in the reader's language (a download is
// the reader's working copy, unlike the Word documents, which are the organisation's own).

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const cache = new Map<Language, Translate>();

/** `t` for one language; instances are cached, as the texts are bundled and never change. */
export function sheetTexts(lang: Language): Translate {
  const cached = cache.get(lang);
  if (cached) return cached;
  // The web app types i18next's keys for its own use and compiles this file through the API's
  // types, so `t` is taken untyped here; the tests that read the files back check the keys.
  const translate = createI18n(lang).getFixedT(lang) as unknown as (key: string, params?: Record<string, string | number>) => unknown;
  const t: Translate = (key, params) => String(translate(key, params));
  cache.set(lang, t);
  return t;
}

/** A heading with its unit, so CSV (which has no formats) still says what the numbers are. */
export function withUnit(header: string, unit: string): string {
  return `${header} (${unit})`;
}
