import i18next, { type i18n, type Module } from "i18next";
import { LANGUAGES, type Language } from "./languages";
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from "./resources";

export interface CreateI18nOptions {
  /** i18next plugins such as react-i18next's `initReactI18next`. */
  plugins?: Module[];
  /**
   * Escape interpolated values as HTML. Off by default because React escapes on render;
   * turn it on when the output goes into HTML by string concatenation (e-mails).
   */
  escapeValue?: boolean;
}

/**
 * A fresh, fully initialised i18next instance for one language. The resources are bundled, so
 * initialisation is synchronous and `t` works as soon as this returns. A new instance per call
 * keeps concurrent server requests in different languages from touching each other.
 */
export function createI18n(lang: Language, options: CreateI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  for (const plugin of options.plugins ?? []) instance.use(plugin);
  void instance.init({
    lng: lang,
    supportedLngs: [...LANGUAGES],
    // Nynorsk readers understand Bokmål better than English, so a gap falls back there first.
    fallbackLng: { nn: ["nb"], default: ["en"] },
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    resources,
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: options.escapeValue ?? false },
  });
  return instance;
}
