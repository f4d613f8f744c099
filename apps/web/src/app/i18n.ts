import type { UiLanguage } from "@samspill/domain";
import { loadI18n, type Language } from "@samspill/i18n";
import type { i18n } from "i18next";
import { initReactI18next } from "react-i18next";

// @samspill/i18n keeps its own language list to stay free of dependencies; this fails the
// build if it drifts from the domain's UI_LANGUAGES.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _LanguagesMatchDomain = Assert<Same<Language, UiLanguage>>;

/**
 * The app's one i18next instance, resolved once the reader's language has been downloaded (only
 * that one); <html lang> follows every language change.
 */
export async function setupI18n(lang: Language): Promise<i18n> {
  const instance = await loadI18n(lang, { plugins: [initReactI18next] });
  document.documentElement.lang = instance.language;
  instance.on("languageChanged", (next) => {
    document.documentElement.lang = next;
  });
  return instance;
}
