import type { Language } from "@samspill/i18n";
import { LANGUAGE_STORAGE_KEY, chooseLanguage, requestedLanguage, searchWithLanguage } from "./language-choice";

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
 * The language to start in. Only an explicit choice is stored (the switcher, or a `?lang=` in
 * the address): the browser's language is not, so that signing in can still pick the user's.
 */
export function initialLanguage(): Language {
  const { search } = window.location;
  const requested = requestedLanguage(search);
  if (requested) rememberLanguage(requested);
  return chooseLanguage(search, readStoredLanguage(), window.navigator.languages ?? []);
}

export function syncAddressLanguage(lang: Language): void {
  const { pathname, search, hash } = window.location;
  const next = searchWithLanguage(search, lang);
  if (next !== search) window.history.replaceState(window.history.state, "", pathname + next + hash);
}
