import { describe, expect, it } from "vitest";
import { formProblemOf, inputProblem, wholeFormRefusal } from "./form-problem";

function serverError(data: Record<string, unknown>): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.name = "TRPCClientError";
  error.data = { code: "BAD_REQUEST", httpStatus: 400, path: "x", domainCode: null, reason: null, params: null, issues: null, requestId: "r", ...data };
  return error;
}

describe("formProblemOf", () => {
  it("keeps zod's code and params per field, never the English message", () => {
    const problem = formProblemOf(serverError({
      domainCode: "INVALID_INPUT",
      issues: [
        { path: "title", code: "too_big", params: { maximum: 300, origin: "string" }, message: "Too big: expected string to have <=300 characters" },
        { path: "heldOn", code: "invalid_format", params: { format: "date" }, message: "Invalid ISO date" },
      ],
    }));
    expect(problem.code).toBe("INVALID_INPUT");
    expect(problem.fields).toEqual({
      title: { code: "too_big", params: { maximum: 300, origin: "string" }, path: "title" },
      heldOn: { code: "invalid_format", params: { format: "date" }, path: "heldOn" },
    });
    expect(JSON.stringify(problem)).not.toContain("Too big");
    expect(problem.versionConflict).toBe(false);
  });

  it("tells a version conflict apart, with the version the server holds now", () => {
    const problem = formProblemOf(serverError({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { table: "meeting", currentVersion: 4 } }));
    expect(problem).toMatchObject({ code: "CONFLICT", reason: "version_mismatch", versionConflict: true, currentVersion: 4, fields: {} });
  });

  it("keeps a refusal's reason and params for its words", () => {
    const problem = formProblemOf(serverError({ code: "TOO_MANY_REQUESTS", domainCode: "RATE_LIMITED", reason: "too_many_attempts", params: { retryAfterSeconds: 120 } }));
    expect(problem).toMatchObject({ code: "RATE_LIMITED", reason: "too_many_attempts", params: { retryAfterSeconds: 120 } });
    expect(wholeFormRefusal(problem)).toBe(problem);
  });

  it("maps paths onto the form's own fields", () => {
    const problem = formProblemOf(serverError({ issues: [{ path: "binding.table", code: "invalid_format", params: {}, message: "" }] }), {
      fieldOf: (path) => path.split(".")[1] ?? null,
    });
    expect(Object.keys(problem.fields)).toEqual(["table"]);
    expect(wholeFormRefusal(problem)).toBeNull();
  });

  it("puts a reason that belongs to a field there, unless the server named that field already", () => {
    const options = { fieldOfReason: { code_required: "code" } };
    expect(formProblemOf(serverError({ domainCode: "INVALID_INPUT", reason: "code_required" }), options).fields).toEqual({
      code: { code: "custom", params: { reason: "code_required" } },
    });
    expect(formProblemOf(serverError({ domainCode: "INVALID_INPUT", reason: "something_else" }), options).fields).toEqual({});
  });

  it("reads a network failure and a bug in the client without data", () => {
    const network = new Error("fetch failed");
    network.name = "TRPCClientError";
    expect(formProblemOf(network)).toEqual({ code: "NETWORK", reason: null, params: {}, fields: {}, versionConflict: false });
    expect(formProblemOf(new TypeError("boom")).code).toBe("INTERNAL");
  });
});

describe("inputProblem", () => {
  it("is the browser's findings as a problem, or nothing", () => {
    expect(inputProblem({})).toBeNull();
    expect(inputProblem({ title: { code: "required", params: {} } })).toMatchObject({ code: "INVALID_INPUT", fields: { title: { code: "required" } } });
  });
});
