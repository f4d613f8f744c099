import { DEFAULT_LANGUAGE, isLanguage, type Language } from "@samspill/i18n";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { rememberLanguage, syncAddressLanguage } from "./language-storage";

/** The current UI language and a setter that also remembers it and updates the address. */
export function useLanguage(): { language: Language; setLanguage: (lang: Language) => void } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    (lang: Language) => {
      rememberLanguage(lang);
      syncAddressLanguage(lang);
      void i18n.changeLanguage(lang);
    },
    [i18n],
  );
  return { language, setLanguage };
}
