import { describe, expect, it } from "vitest";
import { logoProblem } from "./logo-problem";

const refusal = (data: unknown) => Object.assign(new Error("x"), { name: "TRPCClientError", data });

describe("logoProblem", () => {
  it("says what is wrong with the file, a change in between, or else the general error", () => {
    expect(logoProblem(refusal({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", reason: "logo_too_large" }))).toBe("admin:logo.tooLarge");
    expect(logoProblem(refusal({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT", reason: "logo_not_an_image" }))).toBe("admin:logo.notAnImage");
    expect(logoProblem(refusal({ code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch" }))).toBe("admin:logo.conflict");
    expect(logoProblem(refusal({ code: "FORBIDDEN", domainCode: "FORBIDDEN" }))).toBe("common:errors.FORBIDDEN");
  });
});
