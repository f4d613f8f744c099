import { describe, expect, it } from "vitest";
import { serverErrors, validateAdopt } from "./adopt-values";

const valid = { heldOn: "2022-11-18", body: "Regionrådet", caseNumber: "41/22", text: "Vedtatt." };

describe("adopt form checks", () => {
  it("accepts a complete decision", () => {
    expect(validateAdopt(valid)).toEqual({});
    expect(validateAdopt({ ...valid, caseNumber: "7/2022" })).toEqual({});
  });

  it("names every missing field and a malformed case number", () => {
    expect(validateAdopt({ heldOn: "", body: " ", caseNumber: "", text: "" })).toEqual({
      heldOn: "required", body: "required", caseNumber: "required", text: "required",
    });
    expect(validateAdopt({ ...valid, caseNumber: "41-22" })).toEqual({ caseNumber: "invalidCaseNumber" });
  });

  it("moves the server's issues onto the form's fields", () => {
    const error = { data: { issues: [{ path: "decidedOn", code: "invalid_string" }, { path: "caseNumber" }] } };
    expect(serverErrors(error)).toEqual({ heldOn: "invalid", caseNumber: "invalid" });
    expect(serverErrors({ data: { reason: "case_number_taken" } })).toEqual({ caseNumber: "caseNumberTaken" });
    expect(serverErrors(new Error("network"))).toEqual({});
  });
});
