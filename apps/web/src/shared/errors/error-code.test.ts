import { describe, expect, it } from "vitest";
import { errorCodeOf, isTransient, isUnavailable } from "./error-code";

function trpcError(data: unknown): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.name = "TRPCClientError";
  error.data = data;
  return error;
}

describe("errorCodeOf", () => {
  it("prefers the server's domain code", () => {
    expect(errorCodeOf(trpcError({ code: "PRECONDITION_FAILED", domainCode: "INVALID_STATE" }))).toBe("INVALID_STATE");
    expect(errorCodeOf(trpcError({ code: "NOT_FOUND", domainCode: "NOT_FOUND" }))).toBe("NOT_FOUND");
    expect(errorCodeOf(trpcError({ code: "INTERNAL_SERVER_ERROR", domainCode: "INTERNAL" }))).toBe("INTERNAL");
  });

  it("falls back to the tRPC code", () => {
    expect(errorCodeOf(trpcError({ code: "UNAUTHORIZED", domainCode: null }))).toBe("UNAUTHENTICATED");
    expect(errorCodeOf(trpcError({ code: "BAD_REQUEST" }))).toBe("INVALID_INPUT");
    expect(errorCodeOf(trpcError({ code: "TOO_MANY_REQUESTS" }))).toBe("RATE_LIMITED");
    expect(errorCodeOf(trpcError({ code: "INTERNAL_SERVER_ERROR" }))).toBe("INTERNAL");
  });

  it("treats a tRPC error without data as a network failure", () => {
    expect(errorCodeOf(trpcError(undefined))).toBe("NETWORK");
  });

  it("calls anything else internal", () => {
    expect(errorCodeOf(new TypeError("boom"))).toBe("INTERNAL");
    expect(errorCodeOf("boom")).toBe("INTERNAL");
  });
});

describe("isTransient", () => {
  it("retries network and server failures only", () => {
    expect(isTransient(trpcError(undefined))).toBe(true);
    expect(isTransient(trpcError({ code: "NOT_FOUND", domainCode: "NOT_FOUND" }))).toBe(false);
  });

  it("knows the server's database being away, by its code or by the bare 503", () => {
    const away = trpcError({ code: "SERVICE_UNAVAILABLE", domainCode: "UNAVAILABLE" });
    expect([errorCodeOf(away), isTransient(away), isUnavailable(away)]).toEqual(["UNAVAILABLE", true, true]);
    expect(errorCodeOf(trpcError({ code: "SERVICE_UNAVAILABLE" }))).toBe("UNAVAILABLE");
    expect(isUnavailable(trpcError({ code: "INTERNAL_SERVER_ERROR", domainCode: "INTERNAL" }))).toBe(false);
  });
});
