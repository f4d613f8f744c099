import { describe, expect, it } from "vitest";
import { amountText, parseAmountMinor, serverFieldErrors, toContent, validate, type FormValues } from "./form-values";

const values: FormValues = { measureStatus: "in_progress", progress: "45", narrative: "Ok", spent: "12 500,50", indicators: { i1: "7", i2: "" } };

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
    expect(validate({ ...values, progress: "101", spent: "x", indicators: { i1: "seven" } })).toEqual({
      progress: { code: "out_of_range", params: { minimum: 0, maximum: 100 } },
      spent: { code: "not_an_amount", params: {} },
      "indicator:i1": { code: "not_a_number", params: {} },
    });
    expect(validate({ ...values, measureStatus: "completed" })).toEqual({ progress: { code: "custom", params: { reason: "completed_needs_full_progress" } } });
    expect(validate({ ...values, progress: "", spent: "" })).toMatchObject({ progress: { code: "required" }, spent: { code: "required" } });
    expect(validate({ ...values, progress: "4.5" }).progress).toMatchObject({ code: "not_a_whole_number" });
    expect(validate({ ...values, spent: "99999999999999999" }).spent).toMatchObject({ code: "too_big", path: "spent.amountMinor" });
    expect(validate({ ...values, narrative: "x".repeat(20_001) }).narrative).toMatchObject({ code: "too_big", params: { maximum: 20_000 } });
  });

  it("sends integers, minor units and only the indicators given", () => {
    expect(toContent(values, "NOK")).toEqual({
      measureStatus: "in_progress", progress: 45, narrative: "Ok",
      spent: { amountMinor: 1_250_050, currency: "NOK" }, indicatorValues: [{ indicatorId: "i1", value: 7 }],
    });
  });

  it("places the server's field issues at the fields", () => {
    const error = Object.assign(new Error("x"), {
      data: {
        issues: [
          { path: "progress", code: "custom", params: { reason: "completed_needs_full_progress" } },
          { path: "indicatorValues.0.value", code: "invalid_type", params: { expected: "number" } },
          { path: "spent.amountMinor", code: "too_big", params: { maximum: 9007199254740991, origin: "int" } },
        ],
      },
    });
    const fields = serverFieldErrors(error, ["i9"]);
    expect(Object.keys(fields)).toEqual(["progress", "indicator:i9", "spent"]);
    expect(fields.progress).toMatchObject({ code: "custom", params: { reason: "completed_needs_full_progress" } });
    expect(fields.spent).toMatchObject({ code: "too_big", path: "spent.amountMinor" });
    expect(serverFieldErrors(new Error("plain"), [])).toEqual({});
  });
});
