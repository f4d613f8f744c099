import i18next, { type BackendModule, type i18n } from "i18next";
import { i18nOptions, type CreateI18nOptions } from "./i18n-options";
import { isLanguage, type Language } from "./languages";
import type { Resources } from "./locales/en";
import type { Namespace } from "./namespaces";

// Each language is its own module, fetched the first time it is needed: a browser downloads the
// reader's language only, and another one when the reader switches to it.
const LANGUAGE_MODULES: Record<Language, () => Promise<Resources>> = {
  nb: async () => (await import("./locales/nb")).nb,
  nn: async () => (await import("./locales/nn")).nn,
  sv: async () => (await import("./locales/sv")).sv,
  en: async () => (await import("./locales/en")).en,
};

/**
 * Starts downloading a language's texts without waiting for them, so the download can run beside
 * another request; the backend below then finds the module already there (or on its way).
 */
export function preloadLanguage(lang: Language): void {
  LANGUAGE_MODULES[lang]().catch(() => undefined);
}

/** An i18next backend that reads every namespace of a language from that language's module. */
const languageModules: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`No texts in the language "${language}"`), false);
      return;
    }
    LANGUAGE_MODULES[language]().then(
      (texts) => callback(null, texts[namespace as Namespace]),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * An i18next instance that has loaded one language, resolved once its texts are there (so the
 * first render shows no keys). `changeLanguage` on it fetches the next language before switching,
 * so the page keeps its current language until the new texts have arrived. No fallback language:
 * every language has every text (the locale test), and a fallback would be downloaded too.
 */
export async function loadI18n(lang: Language, options: CreateI18nOptions = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.use(languageModules);
  for (const plugin of options.plugins ?? []) instance.use(plugin);
  await instance.init({ ...i18nOptions(lang, options), fallbackLng: false });
  return instance;
}
