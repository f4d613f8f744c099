import { describe, expect, it } from "vitest";
import { checkFields, saveFailureOf } from "./form-problem";

function trpcError(data: unknown): Error {
  return Object.assign(new Error("x"), { name: "TRPCClientError", data });
}

describe("saveFailureOf", () => {
  it("puts a taken case number at its field", () => {
    const failure = saveFailureOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "case_number_taken", params: { caseNumber: "30/26" } }));
    expect(failure.fields).toEqual({ caseNumber: { key: "case_number_taken", params: { caseNumber: "30/26" } } });
    expect(failure.versionConflict).toBe(false);
  });

  it("maps input issues to fields and recognises a stale version", () => {
    expect(saveFailureOf(trpcError({ code: "BAD_REQUEST", issues: [{ path: "heldOn" }] })).fields).toEqual({ heldOn: { key: "invalid" } });
    const stale = saveFailureOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: 3 } }));
    expect(stale).toMatchObject({ code: "CONFLICT", versionConflict: true, fields: {} });
  });

  it("keeps the server's reason for a refusal that names no field", () => {
    const kept = saveFailureOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_STATE", reason: "agenda_item_adopted_programme" }));
    expect(kept).toMatchObject({ code: "INVALID_STATE", versionConflict: false, reason: "agenda_item_adopted_programme", fields: {} });
  });
});

describe("checkFields", () => {
  it("asks for required fields and a case number shaped like 12/26", () => {
    expect(checkFields({ caseNumber: "30-26", title: " " }, ["caseNumber", "title"])).toEqual({
      caseNumber: { key: "caseNumber" }, title: { key: "required" },
    });
    expect(checkFields({ caseNumber: "30/26", title: "Budsjett" }, ["caseNumber", "title"])).toEqual({});
  });
});
