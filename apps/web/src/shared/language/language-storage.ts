import { isLanguage, type Language } from "@samspill/i18n";
import { LANGUAGE_STORAGE_KEY, requestedLanguage, searchWithLanguage } from "./language-choice";

// Storage can throw (private mode, disabled cookies); the language then simply is not remembered.

export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the current page still switches.
  }
}

// The language of the user last signed in here, kept only to download the right texts first on
// the next visit (their language is known only once the server answers who is signed in). It is
// a guess, never a choice: the server's answer still decides, and it is cleared when a visit
// finds nobody signed in.
const USER_LANGUAGE_HINT_KEY = "samspill.userLanguageHint";

export function readUserLanguageHint(): Language | undefined {
  try {
    const hint = window.localStorage.getItem(USER_LANGUAGE_HINT_KEY);
    return isLanguage(hint) ? hint : undefined;
  } catch {
    return undefined;
  }
}

export function keepUserLanguageHint(lang: Language | undefined): void {
  try {
    if (lang) window.localStorage.setItem(USER_LANGUAGE_HINT_KEY, lang);
    else window.localStorage.removeItem(USER_LANGUAGE_HINT_KEY);
  } catch {
    // Not kept; the next visit downloads the browser's language first, as without it.
  }
}

/**
 * The language the reader chose, if any: a `?lang=` in the address (remembered from now on) or
 * the switcher's stored choice. The browser's language is not stored, so that signing in can
 * still pick the user's.
 */
export function explicitLanguage(): Language | undefined {
  const requested = requestedLanguage(window.location.search);
  if (requested) rememberLanguage(requested);
  const stored = readStoredLanguage();
  return requested ?? (isLanguage(stored) ? stored : undefined);
}

export function syncAddressLanguage(lang: Language): void {
  const { pathname, search, hash } = window.location;
  const next = searchWithLanguage(search, lang);
  if (next !== search) window.history.replaceState(window.history.state, "", pathname + next + hash);
}
