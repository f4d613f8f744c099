import { describe, expect, it } from "vitest";
import { formProblemOf } from "../../shared/forms";
import { amountText, parseAmountMinor, reportProblems, spendingText, toContent, validate, type FormValues, type SentContent } from "./form-values";

const serverFieldErrors = (error: unknown, sent: SentContent) => formProblemOf(error, reportProblems(sent)).fields;

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

  it("finds each field's problem, with what its message needs", () => {
    expect(validate(values)).toEqual({});
    expect(validate({ ...values, progress: "101", spending: { external: "x", council_funds: "" }, indicators: { i1: "seven" } })).toEqual({
      progress: { code: "out_of_range", params: { minimum: 0, maximum: 100 } },
      "spending:external": { code: "not_an_amount", params: {} },
      "indicator:i1": { code: "not_a_number", params: {} },
    });
    expect(validate({ ...values, measureStatus: "completed" })).toEqual({ progress: { code: "custom", params: { reason: "completed_needs_full_progress" } } });
    // Progress must be given; a source left empty spent nothing.
    expect(validate({ ...values, progress: "", spending: { external: "" } })).toEqual({ progress: { code: "required", params: {} } });
    expect(validate({ ...values, progress: "4.5" }).progress).toMatchObject({ code: "not_a_whole_number" });
    expect(validate({ ...values, spending: { external: "99999999999999999" } })["spending:external"]).toMatchObject({ code: "too_big", path: "spending.lines.amountMinor" });
    expect(validate({ ...values, narrative: "x".repeat(20_001) }).narrative).toMatchObject({ code: "too_big", params: { maximum: 20_000 } });
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
      data: {
        issues: [
          { path: "progress", code: "custom", params: { reason: "completed_needs_full_progress" } },
          { path: "indicatorValues.0.value", code: "invalid_type", params: { expected: "number" } },
          { path: "spending.lines.1.fundingSource", code: "custom", params: { reason: "duplicate_funding_source" } },
          { path: "spending.lines", code: "custom", params: { reason: "amount_too_large" } },
        ],
      },
    });
    const fields = serverFieldErrors(error, { indicatorIds: ["i9"], spendingSources: ["external", "council_funds"] });
    expect(Object.keys(fields)).toEqual(["progress", "indicator:i9", "spending:council_funds", "spending:external"]);
    expect(fields.progress).toMatchObject({ code: "custom", params: { reason: "completed_needs_full_progress" } });
    expect(fields["spending:council_funds"]).toMatchObject({ code: "custom", params: { reason: "duplicate_funding_source" } });
    // An issue of all the lines (their total) is placed at the first line's source.
    expect(fields["spending:external"]).toMatchObject({ code: "custom", params: { reason: "amount_too_large" } });
    expect(serverFieldErrors(new Error("plain"), { indicatorIds: [], spendingSources: [] })).toEqual({});
  });
});
