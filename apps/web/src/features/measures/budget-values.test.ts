import { describe, expect, it } from "vitest";
import { amountText, parseAmountMinor } from "./budget-values";

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
