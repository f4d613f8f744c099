import { describe, expect, it } from "vitest";
import { amountText, parseAmountMinor, serverFieldErrors, spendingText, toContent, validate, type FormValues } from "./form-values";

const values: FormValues = {
  measureStatus: "in_progress", progress: "45", narrative: "Ok",
  spending: { municipal_own_contribution: "12 500,50", county_partnership_funds: "300", external: "" }, indicators: { i1: "7", i2: "" },
};

describe("report form values", () => {
  it("reads amounts typed the Nordic or the English way into minor units", () => {
    expect(parseAmountMinor("12 500,50")).toBe(1_250_050);
    expect(parseAmountMinor("12500.5")).toBe(1_250_050);
    expect(parseAmountMinor("40000")).toBe(4_000_000);
    expect(parseAmountMinor("-5")).toBeNull();
    expect(parseAmountMinor("1,234")).toBeNull();
    expect(parseAmountMinor("")).toBeNull();
    expect(amountText(1_250_050, "nb")).toBe("12500,50");
    expect(amountText(4_000_000, "en")).toBe("40000");
  });

  it("finds each field's problem", () => {
    expect(validate(values)).toEqual({});
    expect(validate({ ...values, progress: "101", spending: { external: "x", council_funds: "" }, indicators: { i1: "seven" } })).toEqual({
      progress: "progressRange", "spending:external": "spent", "indicator:i1": "indicator",
    });
    expect(validate({ ...values, measureStatus: "completed" })).toEqual({ progress: "completedProgress" });
  });

  it("sends integers, minor units by funding source in the domain's order, and only the indicators given", () => {
    expect(toContent(values, "NOK")).toEqual({
      measureStatus: "in_progress", progress: 45, narrative: "Ok",
      spending: {
        currency: "NOK",
        lines: [
          { fundingSource: "county_partnership_funds", amountMinor: 30_000 },
          { fundingSource: "municipal_own_contribution", amountMinor: 1_250_050 },
        ],
      },
      indicatorValues: [{ indicatorId: "i1", value: 7 }],
    });
    expect(spendingText([{ fundingSource: "external", amountMinor: 65_000_000 }], "nb")).toEqual({ external: "650000" });
  });

  it("places the server's field issues at the fields", () => {
    const error = Object.assign(new Error("x"), {
      data: { issues: [
        { path: "progress", message: "a completed measure has progress 100" }, { path: "indicatorValues.0.value", message: "bad" },
        { path: "spending.lines.1.fundingSource", message: "each funding source once" },
      ] },
    });
    expect(serverFieldErrors(error, { indicatorIds: ["i9"], spendingSources: ["external", "council_funds"] })).toEqual({
      progress: "completedProgress", "indicator:i9": "invalid", "spending:council_funds": "invalid",
    });
    expect(serverFieldErrors(new Error("plain"), { indicatorIds: [], spendingSources: [] })).toEqual({});
  });
});
