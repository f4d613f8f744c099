import { describe, expect, it } from "vitest";
import { problemOf } from "./problem";

function trpcError(data: unknown): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.name = "TRPCClientError";
  error.data = data;
  return error;
}

describe("problemOf", () => {
  it("puts the code rules' reasons at the code field", () => {
    const problem = problemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", reason: "municipality_code_format", params: { code: "34" } }));
    expect(problem.fields).toEqual({ code: { code: "custom", params: { reason: "municipality_code_format" } } });
    expect(problem.versionConflict).toBe(false);
  });

  it("treats a code clash as a field error, not a version conflict", () => {
    const problem = problemOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "organisation_code_taken", params: {} }));
    expect(problem).toMatchObject({ code: "CONFLICT", fields: { code: { params: { reason: "organisation_code_taken" } } }, versionConflict: false });
  });

  it("keeps input issues with their code and params, and rules that name their field", () => {
    const issues = [{ path: "email", code: "invalid_format", params: { format: "email" } }, { path: "password", code: "too_small", params: { minimum: 12, origin: "string" } }];
    const fields = problemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", issues })).fields;
    expect(fields.email).toMatchObject({ code: "invalid_format", params: { format: "email" } });
    expect(fields.password).toMatchObject({ code: "too_small", params: { minimum: 12 } });
    const role = problemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", reason: "role_does_not_fit_organisation", params: { field: "role" } }));
    expect(role.fields.role).toMatchObject({ code: "custom", params: { reason: "role_does_not_fit_organisation" } });
  });

  it("recognises someone else's save", () => {
    const problem = problemOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: 3 } }));
    expect(problem).toMatchObject({ versionConflict: true, currentVersion: 3 });
  });
});
