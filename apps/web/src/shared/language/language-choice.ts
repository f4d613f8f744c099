import { DEFAULT_LANGUAGE, isLanguage, type Language } from "@samspill/i18n";

// Which language to show: a `?lang=` in the address wins (links can be shared in a language),
// then the reader's stored choice, then the signed-in user's, then the browser's languages, then
// Bokmål. Pure so that the order is tested.

export const LANGUAGE_PARAM = "lang";
export const LANGUAGE_STORAGE_KEY = "samspill.language";

/** The language a `?lang=` in the address asks for, if it names one. */
export function requestedLanguage(search: string): Language | undefined {
  const requested = new URLSearchParams(search).get(LANGUAGE_PARAM);
  return isLanguage(requested) ? requested : undefined;
}

/**
 * The portal's language for the browser's preferred ones (`navigator.languages`, best first):
 * the first Norwegian (no, nb → Bokmål; nn → Nynorsk), Swedish or English one, and English for
 * a browser that prefers none of them. Bokmål only when the browser says nothing at all.
 */
export function browserLanguage(languages: readonly string[]): Language {
  if (languages.length === 0) return DEFAULT_LANGUAGE;
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "no" || primary === "nb") return "nb";
    if (primary === "nn" || primary === "sv" || primary === "en") return primary;
  }
  return "en";
}

/**
 * The language to start in: the address, the stored choice, then (when someone is signed in) the
 * user's own language or their organisation's, then the browser's.
 */
export function chooseLanguage(search: string, stored: string | null, browser: readonly string[] = [], user: UserLanguageSource | null = null): Language {
  const requested = requestedLanguage(search);
  if (requested) return requested;
  if (isLanguage(stored)) return stored;
  return (user && languageForUser(null, user)) ?? browserLanguage(browser);
}

/**
 * The language to download first, before the server has said who is signed in: the reader's own
 * choice (address or stored), else the language of the user signed in on this browser last time
 * (a hint, `readUserLanguageHint`), else the browser's. Only a guess at what `chooseLanguage`
 * will answer once the user is known; a wrong guess costs a second download, never a wrong page.
 */
export function likelyLanguage(explicit: Language | undefined, userHint: Language | undefined, browser: readonly string[]): Language {
  return explicit ?? userHint ?? browserLanguage(browser);
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

/** What the API tells about the signed-in user that bears on the language. */
export interface UserLanguageSource {
  language: string | null;
  organisation: { languageForm: string } | null;
}

/**
 * The language to switch to once we know who is signed in, or undefined to keep the current
 * one. A choice the reader made (stored) always wins; otherwise the user's own language, then
 * their organisation's written language (nb/nn/sv).
 */
export function languageForUser(stored: string | null, user: UserLanguageSource): Language | undefined {
  if (isLanguage(stored)) return undefined;
  if (isLanguage(user.language)) return user.language;
  const form = user.organisation?.languageForm;
  return isLanguage(form) ? form : undefined;
}
