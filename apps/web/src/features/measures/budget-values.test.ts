import { describe, expect, it } from "vitest";
import { amountText, checkBudget, parseAmountMinor } from "./budget-values";

describe("parseAmountMinor", () => {
  it("reads whole units with any thousands spaces, and decimals after comma or dot", () => {
    expect(parseAmountMinor("150 000")).toBe(15_000_000);
    expect(parseAmountMinor("150\u00a0000")).toBe(15_000_000);
    expect(parseAmountMinor("1 250,5")).toBe(125_050);
    expect(parseAmountMinor("1250.05")).toBe(125_005);
    expect(parseAmountMinor("0")).toBe(0);
  });

  it("refuses what is not a plain non-negative amount", () => {
    for (const text of ["", "-5", "12,345", "1.2.3", "abc", "150 kr", "1e5"]) expect(parseAmountMinor(text)).toBeNull();
  });

  it("writes minor units back as typed text", () => {
    expect(amountText(15_000_000)).toBe("150000");
    expect(amountText(125_050)).toBe("1250,50");
  });
});

describe("checkBudget", () => {
  const base = { fundingSource: "external" as const, partId: "", description: "" };

  it("points at the year and the amount when they cannot be sent, with what is wrong", () => {
    const { errors } = checkBudget({ ...base, year: "26", amount: "x" });
    expect(errors.year).toMatchObject({ code: "too_small", params: { minimum: 1900 } });
    expect(errors.amount).toMatchObject({ code: "not_an_amount" });
    expect(checkBudget({ ...base, year: "2026", amount: "150 000" })).toEqual({ errors: {}, year: 2026, amountMinor: 15_000_000 });
  });

  it("says which are missing, an amount too large and a year that is no whole number", () => {
    expect(Object.keys(checkBudget({ ...base, year: "", amount: "" }).errors).sort()).toEqual(["amount", "year"]);
    expect(checkBudget({ ...base, year: "2026", amount: "99999999999999999" }).errors.amount).toMatchObject({ code: "too_big" });
    expect(checkBudget({ ...base, year: "2026.5", amount: "1" }).errors.year).toMatchObject({ code: "not_a_whole_number" });
  });
});
