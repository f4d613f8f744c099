import { describe, expect, it } from "vitest";
import { saveFailureOf } from "./form-problem";

function trpcError(data: unknown): Error {
  return Object.assign(new Error("x"), { name: "TRPCClientError", data });
}

describe("saveFailureOf", () => {
  it("puts a taken case number at its field, with the number", () => {
    const failure = saveFailureOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "case_number_taken", params: { field: "caseNumber", caseNumber: "30/26" } }));
    expect(failure.fields.caseNumber).toMatchObject({ code: "custom", params: { reason: "case_number_taken", caseNumber: "30/26" } });
    expect(failure.versionConflict).toBe(false);
  });

  it("maps input issues to fields with their code and params, and recognises a stale version", () => {
    const issues = [{ path: "title", code: "too_big", params: { maximum: 300, origin: "string" } }];
    expect(saveFailureOf(trpcError({ code: "BAD_REQUEST", issues })).fields.title).toMatchObject({ code: "too_big", params: { maximum: 300 } });
    const stale = saveFailureOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: 3 } }));
    expect(stale).toMatchObject({ code: "CONFLICT", versionConflict: true, fields: {} });
  });

  it("keeps the server's reason for a refusal that names no field", () => {
    const kept = saveFailureOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_STATE", reason: "agenda_item_adopted_programme" }));
    expect(kept).toMatchObject({ code: "INVALID_STATE", versionConflict: false, reason: "agenda_item_adopted_programme", fields: {} });
  });
});
