import { describe, expect, it } from "vitest";
import { formProblemOf } from "../../shared/forms";
import { ADMIN_PROBLEMS } from "./admin-messages";

function trpcError(data: unknown): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.name = "TRPCClientError";
  error.data = data;
  return error;
}

describe("an admin form's failed save", () => {
  it("puts the code rules' reasons at the code field", () => {
    const problem = formProblemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", reason: "municipality_code_format", params: { code: "34" } }), ADMIN_PROBLEMS);
    expect(problem.fields).toEqual({ code: { code: "custom", params: { code: "34", reason: "municipality_code_format" } } });
    expect(problem.versionConflict).toBe(false);
  });

  it("treats a code clash as a field error, not a version conflict", () => {
    const problem = formProblemOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "organisation_code_taken", params: {} }), ADMIN_PROBLEMS);
    expect(problem).toMatchObject({ code: "CONFLICT", fields: { code: { params: { reason: "organisation_code_taken" } } }, versionConflict: false });
  });

  it("keeps input issues with their code and params, and rules that name their field", () => {
    const issues = [{ path: "email", code: "invalid_format", params: { format: "email" } }, { path: "password", code: "too_small", params: { minimum: 12, origin: "string" } }];
    const fields = formProblemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", issues }), ADMIN_PROBLEMS).fields;
    expect(fields.email).toMatchObject({ code: "invalid_format", params: { format: "email" } });
    expect(fields.password).toMatchObject({ code: "too_small", params: { minimum: 12 } });
    const role = formProblemOf(trpcError({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", reason: "role_does_not_fit_organisation", params: { field: "role" } }), ADMIN_PROBLEMS);
    expect(role.fields.role).toMatchObject({ code: "custom", params: { reason: "role_does_not_fit_organisation" } });
  });

  it("recognises someone else's save", () => {
    const problem = formProblemOf(trpcError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: 3 } }), ADMIN_PROBLEMS);
    expect(problem).toMatchObject({ versionConflict: true, currentVersion: 3 });
  });
});
