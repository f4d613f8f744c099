import { describe, expect, it } from "vitest";
import { isDomainError } from "./errors";
import { MoneySchema, addMoney, fromMajor, money, sumMoney, toMajor } from "./money";

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("MoneySchema", () => {
  it("accepts a non-negative integer amount with a known currency", () => {
    expect(MoneySchema.parse({ amountMinor: 123450, currency: "NOK" })).toEqual({ amountMinor: 123450, currency: "NOK" });
  });

  it.each([
    [{ amountMinor: -1, currency: "NOK" }, ["amountMinor"]],
    [{ amountMinor: 1.5, currency: "NOK" }, ["amountMinor"]],
    [{ amountMinor: Number.NaN, currency: "NOK" }, ["amountMinor"]],
    [{ amountMinor: 2 ** 53, currency: "NOK" }, ["amountMinor"]],
    [{ amountMinor: "100", currency: "NOK" }, ["amountMinor"]],
    [{ amountMinor: 100, currency: "DKK" }, ["currency"]],
    [{ amountMinor: 100, currency: "NOK", note: "x" }, []],
  ])("rejects %o at path %o", (input, path) => {
    const result = MoneySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe("money helpers", () => {
  it("money() rejects negatives, fractions and NaN", () => {
    for (const bad of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isDomainError(errorOf(() => money(bad, "NOK")), "INVALID_INPUT")).toBe(true);
    }
    expect(money(0, "SEK")).toEqual({ amountMinor: 0, currency: "SEK" });
  });

  it("adds in the same currency", () => {
    expect(addMoney(money(150, "NOK"), money(250, "NOK"))).toEqual(money(400, "NOK"));
  });

  it("refuses to add different currencies", () => {
    const error = errorOf(() => addMoney(money(1, "NOK"), money(1, "SEK")));
    expect(isDomainError(error, "INVALID_INPUT")).toBe(true);
    expect((error as { reason: string }).reason).toBe("currency_mismatch");
  });

  it("sums a list, and an empty list is zero in the given currency", () => {
    expect(sumMoney([money(1, "SEK"), money(2, "SEK"), money(3, "SEK")], "SEK")).toEqual(money(6, "SEK"));
    expect(sumMoney([], "NOK")).toEqual(money(0, "NOK"));
    expect(isDomainError(errorOf(() => sumMoney([money(1, "EUR")], "NOK")), "INVALID_INPUT")).toBe(true);
  });

  it("converts from major units exactly", () => {
    expect(fromMajor(5_000_000, "NOK")).toEqual({ amountMinor: 500_000_000, currency: "NOK" });
    expect(fromMajor(1234.5, "NOK").amountMinor).toBe(123450);
    expect(fromMajor(0.29, "SEK").amountMinor).toBe(29);
    expect(toMajor(money(123450, "NOK"))).toBe(1234.5);
  });

  it("rejects sub-øre and negative major amounts", () => {
    expect(isDomainError(errorOf(() => fromMajor(1.234, "NOK")), "INVALID_INPUT")).toBe(true);
    expect(isDomainError(errorOf(() => fromMajor(-5, "NOK")), "INVALID_INPUT")).toBe(true);
    expect(isDomainError(errorOf(() => fromMajor(Number.NaN, "NOK")), "INVALID_INPUT")).toBe(true);
  });
});
