import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { languageForUser, type UserLanguageSource } from "../../shared/language/language-choice";
import { keepUserLanguageHint, readStoredLanguage } from "../../shared/language/language-storage";

/**
 * Once we know who is signed in, speak their language unless the reader has chosen one.
 * Not stored: it is the user's setting, not a choice made in this browser, and it is applied
 * again on every load.
 */
export function useUserLanguage(user: UserLanguageSource | null | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!user) return;
    // Signed in just now (or again): the next visit downloads this user's texts first.
    keepUserLanguageHint(languageForUser(null, user));
    const lang = languageForUser(readStoredLanguage(), user);
    if (lang && lang !== i18n.language) void i18n.changeLanguage(lang);
  }, [user, i18n]);
}
