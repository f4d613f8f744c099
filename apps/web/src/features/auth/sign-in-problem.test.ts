import { describe, expect, it } from "vitest";
import { isSignedOutError, signInProblemOf } from "./sign-in-problem";

function trpcError(data: unknown): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.name = "TRPCClientError";
  error.data = data;
  return error;
}

describe("signInProblemOf", () => {
  it("reports wrong credentials without telling which part was wrong", () => {
    const error = trpcError({ code: "UNAUTHORIZED", domainCode: "UNAUTHENTICATED", reason: "invalid_credentials", params: null });
    expect(signInProblemOf(error)).toEqual({ kind: "invalidCredentials" });
  });

  it("turns the server's wait into whole minutes", () => {
    const error = (seconds: unknown) =>
      trpcError({ code: "TOO_MANY_REQUESTS", domainCode: "RATE_LIMITED", params: { retryAfterSeconds: seconds } });
    expect(signInProblemOf(error(900))).toEqual({ kind: "rateLimited", minutes: 15 });
    expect(signInProblemOf(error(61))).toEqual({ kind: "rateLimited", minutes: 2 });
    expect(signInProblemOf(error(undefined))).toEqual({ kind: "rateLimited", minutes: undefined });
  });

  it("passes other failures on by code, a network failure included", () => {
    expect(signInProblemOf(trpcError(undefined))).toEqual({ kind: "other", code: "NETWORK" });
    expect(signInProblemOf(trpcError({ code: "INTERNAL_SERVER_ERROR", domainCode: "INTERNAL" }))).toEqual({
      kind: "other",
      code: "INTERNAL",
    });
  });
});

describe("isSignedOutError", () => {
  it("recognises the server's UNAUTHENTICATED only", () => {
    expect(isSignedOutError(trpcError({ code: "UNAUTHORIZED", domainCode: "UNAUTHENTICATED", reason: "sign_in_required" }))).toBe(true);
    expect(isSignedOutError(trpcError({ code: "FORBIDDEN", domainCode: "FORBIDDEN" }))).toBe(false);
    expect(isSignedOutError(trpcError(undefined))).toBe(false);
  });
});
