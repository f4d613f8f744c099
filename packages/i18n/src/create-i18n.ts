import i18next, { type i18n } from "i18next";
import { i18nOptions, type CreateI18nOptions } from "./i18n-options";
import type { Language } from "./languages";
import { resources } from "./resources";

/**
 * A fresh, fully initialised i18next instance for one language. Every language is bundled, so
 * initialisation is synchronous and `t` works as soon as this returns. A new instance per call
 * keeps concurrent server requests in different languages from touching each other.
 */
export function createI18n(lang: Language, options: CreateI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  for (const plugin of options.plugins ?? []) instance.use(plugin);
  void instance.init({
    ...i18nOptions(lang, options),
    // Nynorsk readers understand Bokmål better than English, so a gap falls back there first.
    fallbackLng: { nn: ["nb"], default: ["en"] },
    resources,
    initAsync: false,
  });
  return instance;
}
