import { createI18n, formatDate, type Language } from "@samspill/i18n";

// The e-mail texts in one language, from the notifications namespace. A key that is missing is
// a bug, never something to mail to a user, so it throws instead of sending the key itself.

export type MailTranslate = (key: string, params?: Record<string, string | number>) => string;

export interface MailTexts {
  language: Language;
  t: MailTranslate;
  date: (iso: string) => string;
}

const cache = new Map<Language, MailTexts>();

export function mailTexts(language: Language): MailTexts {
  const cached = cache.get(language);
  if (cached) return cached;
  const i18n = createI18n(language);
  // Keys are built at run time and checked with `exists`. The web app's typed-key declaration
  // reaches this file too when it type-checks the API's router, so `t` is used untyped here.
  const translate = i18n.getFixedT(language) as unknown as (key: string, options?: Record<string, string | number>) => string;
  const t: MailTranslate = (key, params) => {
    const fullKey = `notifications:mail.${key}`;
    if (!i18n.exists(fullKey)) throw new Error(`No e-mail text ${fullKey}`);
    return String(translate(fullKey, params));
  };
  const texts: MailTexts = { language, t, date: (iso) => formatDate(iso, language, "long") };
  cache.set(language, texts);
  return texts;
}
