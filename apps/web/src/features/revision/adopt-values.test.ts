import { describe, expect, it } from "vitest";
import { formProblemOf } from "../../shared/forms";
import { ADOPT_PROBLEMS, validateAdopt } from "./adopt-values";

const serverErrors = (error: unknown) => formProblemOf(error, ADOPT_PROBLEMS).fields;

const valid = { heldOn: "2022-11-18", meetingId: "", body: "Regionrådet", caseNumber: "41/22", text: "Vedtatt." };

describe("adopt form checks", () => {
  it("accepts a complete decision", () => {
    expect(validateAdopt(valid)).toEqual({});
    expect(validateAdopt({ ...valid, caseNumber: "7/2022" })).toEqual({});
  });

  it("names every missing field and a malformed case number", () => {
    expect(Object.entries(validateAdopt({ heldOn: "", meetingId: "", body: " ", caseNumber: "", text: "" })).map(([field, problem]) => [field, problem.code])).toEqual([
      ["heldOn", "required"], ["body", "required"], ["caseNumber", "required"], ["text", "required"],
    ]);
    expect(validateAdopt({ ...valid, caseNumber: "41-22" })).toEqual({ caseNumber: expect.objectContaining({ code: "invalid_format", params: expect.objectContaining({ format: "regex" }) }) });
    expect(validateAdopt({ ...valid, body: "x".repeat(201) }).body).toMatchObject({ code: "too_big", params: { maximum: 200 } });
  });

  it("moves the server's issues onto the form's fields", () => {
    const error = { data: { issues: [{ path: "decidedOn", code: "invalid_format", params: { format: "date" } }, { path: "caseNumber", code: "invalid_format", params: {} }] } };
    expect(Object.keys(serverErrors(error))).toEqual(["heldOn", "caseNumber"]);
    expect(serverErrors({ data: { reason: "case_number_taken", params: { field: "caseNumber", caseNumber: "41/22" } } }).caseNumber)
      .toMatchObject({ code: "custom", params: { reason: "case_number_taken" } });
    expect(serverErrors(new Error("network"))).toEqual({});
  });
});
