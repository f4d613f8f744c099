import {
  createI18n, formatDate, formatDateRange, formatMoney, formatNumber, formatPercent, toIntlLocale, type Language,
} from "@samspill/i18n";
import { MINOR_UNITS, type Money } from "@samspill/domain";

/**
 * The texts and formats a generator writes with, all in one language: the organisation's, not
 * the reader's, since the document is the organisation's own (Vimmerby's plan is Swedish with
 * SEK whoever downloads it). Generators take this instead of i18next, so tests can read them.
 */
export interface DocumentFormat {
  language: Language;
  /** The BCP 47 tag written as the document's language, so Word proofs and reads it aloud right. */
  locale: string;
  /** A text by `namespace:key`, e.g. `documents:programme.kind` or `domain:measureStatus.completed`. */
  t: (key: string, params?: Record<string, string | number>) => string;
  date: (iso: string) => string;
  dateRange: (startIso: string, endIso: string) => string;
  /** Whole units when the amount has no øre/öre (budgets), otherwise with them. */
  money: (amount: Money) => string;
  number: (value: number) => string;
  percent: (progress: number) => string;
}

export function documentFormat(language: Language): DocumentFormat {
  const i18n = createI18n(language);
  // Keys are checked by the tests that read the documents back. The web app types i18next's keys
  // for its own use, and compiles this file through the API's types, so `t` is taken untyped.
  const translate = i18n.getFixedT(language) as unknown as (key: string, params?: Record<string, string | number>) => unknown;
  return {
    language,
    locale: toIntlLocale(language),
    t: (key, params) => String(translate(key, params)),
    date: (iso) => formatDate(iso, language),
    dateRange: (start, end) => formatDateRange(start, end, language),
    money: ({ amountMinor, currency }) =>
      formatMoney(amountMinor, currency, language, { wholeUnits: amountMinor % MINOR_UNITS[currency] === 0 }),
    number: (value) => formatNumber(value, language),
    percent: (progress) => formatPercent(progress, language),
  };
}

