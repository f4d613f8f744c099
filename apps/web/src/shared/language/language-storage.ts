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
