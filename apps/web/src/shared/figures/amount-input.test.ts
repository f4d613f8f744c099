import { describe, expect, it } from "vitest";
import { amountInputText, parseAmountInput, pastedBlock } from "./amount-input";

describe("budget cell amounts", () => {
  it("reads what a Norwegian or Swedish reader types or pastes", () => {
    expect(parseAmountInput("150 000", "nb")).toBe(150_000_00);
    expect(parseAmountInput("1\u00a0250,50", "sv")).toBe(1_250_50);
    expect(parseAmountInput("1.250.000,5", "nn")).toBe(1_250_000_50);
    expect(parseAmountInput("1250.5", "nb")).toBe(1_250_50);
    expect(parseAmountInput("200 000 kr", "nb")).toBe(200_000_00);
    expect(parseAmountInput("  ", "nb")).toBeNull();
  });

  it("reads English grouping commas and refuses what is not a plain amount", () => {
    expect(parseAmountInput("150,000.25", "en")).toBe(150_000_25);
    expect(parseAmountInput("-5", "nb")).toBe("invalid");
    expect(parseAmountInput("12,345", "nb")).toBe("invalid");
    expect(parseAmountInput("abc", "en")).toBe("invalid");
    expect(parseAmountInput("99999999999999999", "nb")).toBe("invalid");
  });

  it("shows an amount as the reader's language writes it, and reads it back", () => {
    for (const language of ["nb", "nn", "sv", "en"] as const) {
      for (const minor of [0, 150_000_00, 1_250_50]) expect(parseAmountInput(amountInputText(minor, language), language)).toBe(minor);
    }
  });

  it("splits a block copied from Excel into rows and cells", () => {
    expect(pastedBlock("100\t200\r\n300\t400\r\n")).toEqual([["100", "200"], ["300", "400"]]);
    expect(pastedBlock("5")).toEqual([["5"]]);
  });
});
