import type { InitOptions, Module } from "i18next";
import { LANGUAGES, type Language } from "./languages";
import { DEFAULT_NAMESPACE, NAMESPACES } from "./namespaces";

export interface CreateI18nOptions {
  /** i18next plugins such as react-i18next's `initReactI18next`. */
  plugins?: Module[];
  /**
   * Escape interpolated values as HTML. Off by default because React escapes on render;
   * turn it on when the output goes into HTML by string concatenation (e-mails).
   */
  escapeValue?: boolean;
}

/** What every instance shares, whether its texts are bundled or loaded. */
export function i18nOptions(lang: Language, options: CreateI18nOptions): InitOptions {
  return {
    lng: lang,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    showSupportNotice: false,
    interpolation: { escapeValue: options.escapeValue ?? false },
  };
}
