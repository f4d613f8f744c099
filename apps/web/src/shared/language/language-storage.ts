import type { Language } from "@samspill/i18n";
import { LANGUAGE_STORAGE_KEY, chooseLanguage, searchWithLanguage } from "./language-choice";

// Storage can throw (private mode, disabled cookies); the language then simply is not remembered.

function readStored(): string | null {
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

export function initialLanguage(): Language {
  const lang = chooseLanguage(window.location.search, readStored());
  rememberLanguage(lang);
  return lang;
}

export function syncAddressLanguage(lang: Language): void {
  const { pathname, search, hash } = window.location;
  const next = searchWithLanguage(search, lang);
  if (next !== search) window.history.replaceState(window.history.state, "", pathname + next + hash);
}
