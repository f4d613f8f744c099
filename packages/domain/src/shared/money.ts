import { z } from "zod";
import { CURRENCIES, type Currency } from "./enums";
import { DomainError } from "./errors";

// Money is integer minor units (øre/öre/cent) so sums are exact; display formatting lives in
// packages/i18n. Amounts in this domain are budgets, commitments and spending: never negative.

export const CurrencySchema = z.enum(CURRENCIES);

/** z.number().int() already limits to safe integers, which also rules out NaN and Infinity. */
export const AmountMinorSchema = z.number().int().nonnegative();

export const MoneySchema = z.strictObject({
  amountMinor: AmountMinorSchema,
  currency: CurrencySchema,
});
export type Money = z.infer<typeof MoneySchema>;

/** Minor units per major unit. All supported currencies have two decimals today. */
export const MINOR_UNITS: Record<Currency, number> = { NOK: 100, SEK: 100, EUR: 100 };

function invalidAmount(amount: number, reason = "invalid_amount"): DomainError {
  return new DomainError("INVALID_INPUT", { reason, params: { amount: String(amount) } });
}

export function money(amountMinor: number, currency: Currency): Money {
  if (!AmountMinorSchema.safeParse(amountMinor).success) throw invalidAmount(amountMinor);
  return { amountMinor, currency };
}

export function zeroMoney(currency: Currency): Money {
  return { amountMinor: 0, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new DomainError("INVALID_INPUT", {
      reason: "currency_mismatch",
      params: { left: a.currency, right: b.currency },
    });
  }
  return money(a.amountMinor + b.amountMinor, a.currency);
}

/** The currency is given so an empty list still has one. */
export function sumMoney(list: readonly Money[], currency: Currency): Money {
  return list.reduce(addMoney, zeroMoney(currency));
}

/** `fromMajor(5_000_000, "NOK")` → 500 000 000 øre. Rejects more decimals than the currency has. */
export function fromMajor(major: number, currency: Currency): Money {
  const scaled = major * MINOR_UNITS[currency];
  const minor = Math.round(scaled);
  // Binary floats make 0.29 * 100 = 28.999…; a tolerance keeps honest two-decimal input working.
  if (!Number.isFinite(scaled) || Math.abs(scaled - minor) > 1e-6) throw invalidAmount(major, "too_many_decimals");
  return money(minor, currency);
}

export function toMajor(value: Money): number {
  return value.amountMinor / MINOR_UNITS[value.currency];
}
