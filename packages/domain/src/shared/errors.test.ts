import { describe, expect, it } from "vitest";
import { DOMAIN_ERROR_CODES, DomainError, isDomainError } from "./errors";

describe("DomainError", () => {
  it("carries code, reason and params", () => {
    const error = new DomainError("FORBIDDEN", { reason: "not_own_municipality", params: { municipalityId: "m1" } });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("FORBIDDEN");
    expect(error.reason).toBe("not_own_municipality");
    expect(error.params).toEqual({ municipalityId: "m1" });
    expect(error.message).toBe("FORBIDDEN: not_own_municipality");
  });

  it("keeps the original error as cause", () => {
    const cause = new Error("db");
    expect(new DomainError("CONFLICT", { cause }).cause).toBe(cause);
  });

  it("lists every code exactly once", () => {
    expect(DOMAIN_ERROR_CODES).toEqual([
      "NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_STATE", "INVALID_INPUT", "UNAUTHENTICATED", "RATE_LIMITED",
      "SOURCE_UNAVAILABLE",
    ]);
  });
});

describe("isDomainError", () => {
  it("recognises domain errors and filters by code", () => {
    const error = new DomainError("NOT_FOUND");
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error, "NOT_FOUND")).toBe(true);
    expect(isDomainError(error, "FORBIDDEN")).toBe(false);
  });

  it("rejects other errors and non-errors", () => {
    expect(isDomainError(new Error("x"))).toBe(false);
    expect(isDomainError({ name: "DomainError", code: "NOT_FOUND" })).toBe(false);
    expect(isDomainError(undefined)).toBe(false);
  });
});
