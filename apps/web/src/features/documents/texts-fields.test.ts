import { describe, expect, it } from "vitest";
import { textsInput, textsProblem, textsValues } from "./texts-fields";

const refusal = (data: unknown) => Object.assign(new Error("x"), { name: "TRPCClientError", data });

describe("the texts of the report to the county", () => {
  it("names the field the server refused, with what its message needs", () => {
    const problem = textsProblem(refusal({
      code: "BAD_REQUEST", domainCode: "INVALID_INPUT",
      issues: [{ path: "place", code: "too_big", params: { maximum: 100, origin: "string" } }, { path: "signedOn", code: "invalid_format", params: { format: "date" } }],
    }));
    expect(problem.fields).toEqual({
      place: { code: "too_big", params: { maximum: 100, origin: "string" }, path: "place" },
      signedOn: { code: "invalid_format", params: { format: "date" }, path: "signedOn" },
    });
    expect(problem.conflict).toBe(false);
  });

  it("tells someone else's save apart, with the version they left", () => {
    const problem = textsProblem(refusal({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: 3 } }));
    expect(problem).toMatchObject({ conflict: true, currentVersion: 3, fields: {} });
  });

  it("edits the fields only, never the bookkeeping the server sends with them", () => {
    const saved = { summary: "S", approval: "", signatoryName: "", signatoryTitle: "", place: "", signedOn: null, version: 2 };
    expect(Object.keys(textsInput(textsValues(saved))).sort()).toEqual(["approval", "place", "signatoryName", "signatoryTitle", "signedOn", "summary"]);
  });

  it("sends an empty date as none", () => {
    expect(textsInput({ summary: "", approval: "", signatoryName: "", signatoryTitle: "", place: "", signedOn: "" }).signedOn).toBeNull();
  });
});
