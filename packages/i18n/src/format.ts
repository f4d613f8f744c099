import { dateTimeFormat, numberFormat } from "./intl-cache";
import { toIntlLocale, type Language } from "./languages";

// Formatting helpers shared by the web app and the API (e-mails, documents). They take the UI
// language, never a raw locale, so every layer formats the same way.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` as a calendar date at UTC midnight, so no time zone can shift the day. */
function parseIsoDate(iso: string): Date {
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

export type DateStyle = "short" | "long";

/** nb/nn `31.12.2024`, sv `2024-12-31`, en `31/12/2024`; `long` spells out the month. */
export function formatDate(iso: string, lang: Language, style: DateStyle = "short"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "long"
      ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
      : { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" };
  return dateTimeFormat(toIntlLocale(lang), options).format(parseIsoDate(iso));
}

/**
 * An instant as date and time where the portal's users are (Norway and Sweden share a time
 * zone): nb `01.03.2025, 05:00`, sv `2025-03-01 05:00` — e.g. when an import ran.
 */
export function formatDateTime(instant: string, lang: Language, timeZone = "Europe/Oslo"): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${instant}`);
  return dateTimeFormat(toIntlLocale(lang), {
    day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone,
  }).format(date);
}

/** `01.01.2022–31.12.2023`: two dates joined by an en dash, as the style guides of all three languages ask. */
export function formatDateRange(startIso: string, endIso: string, lang: Language, style: DateStyle = "short"): string {
  return `${formatDate(startIso, lang, style)}–${formatDate(endIso, lang, style)}`;
}

export interface MoneyOptions {
  /** Round to whole kroner, for budgets where øre are noise. */
  wholeUnits?: boolean;
}

/** Money is stored in minor units (øre/öre): 123450 NOK → `1 234,50 kr` in nb. */
export function formatMoney(amountMinor: number, currency: string, lang: Language, options: MoneyOptions = {}): string {
  const locale = toIntlLocale(lang);
  const base = numberFormat(locale, { style: "currency", currency });
  const minorDigits = base.resolvedOptions().maximumFractionDigits ?? 2;
  const amount = amountMinor / 10 ** minorDigits;
  if (!options.wholeUnits) return base.format(amount);
  return numberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(value: number, lang: Language, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(toIntlLocale(lang), options).format(value);
}

/** Takes a percentage (0–100, as progress is stored), not a ratio: 45 → nb `45 %`, en `45%`. */
export function formatPercent(percent: number, lang: Language, maximumFractionDigits = 0): string {
  return numberFormat(toIntlLocale(lang), { style: "percent", maximumFractionDigits }).format(percent / 100);
}
