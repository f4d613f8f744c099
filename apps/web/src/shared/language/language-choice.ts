import { DEFAULT_LANGUAGE, isLanguage, type Language } from "@samspill/i18n";

// Which language to show: a `?lang=` in the address wins (links can be shared in a language),
// then the reader's stored choice, then Bokmål. Pure so that the order is tested.

export const LANGUAGE_PARAM = "lang";
export const LANGUAGE_STORAGE_KEY = "samspill.language";

export function chooseLanguage(search: string, stored: string | null): Language {
  const requested = new URLSearchParams(search).get(LANGUAGE_PARAM);
  if (isLanguage(requested)) return requested;
  if (isLanguage(stored)) return stored;
  return DEFAULT_LANGUAGE;
}

/**
 * The query string after switching language. A `?lang=` already there is updated so that a
 * reload keeps the new choice; none is added otherwise, since the stored choice covers it.
 */
export function searchWithLanguage(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  if (!params.has(LANGUAGE_PARAM)) return search;
  params.set(LANGUAGE_PARAM, lang);
  return `?${params.toString()}`;
}
