import { describe, expect, it, vi } from "vitest";
import { handleSessionEnd, type SessionEndEffects } from "./session-end";

function trpcError(data: unknown): Error {
  const error = new Error("x") as Error & { data: unknown };
  error.name = "TRPCClientError";
  error.data = data;
  return error;
}

const signedOut = trpcError({ code: "UNAUTHORIZED", domainCode: "UNAUTHENTICATED", reason: "sign_in_required" });

function effects(signedIn: boolean) {
  let believed = signedIn;
  const forgetUser = vi.fn(() => {
    believed = false;
  });
  const navigate = vi.fn();
  const all: SessionEndEffects = {
    isSignedIn: () => believed,
    forgetUser,
    navigate,
    currentPath: () => "/programmes/p1?lang=sv",
  };
  return { all, forgetUser, navigate };
}

describe("handleSessionEnd", () => {
  it("forgets the user and asks to sign in again, remembering the page", () => {
    const { all, forgetUser, navigate } = effects(true);
    expect(handleSessionEnd(signedOut, all)).toBe(true);
    expect(forgetUser).toHaveBeenCalledOnce();
    expect(navigate).toHaveBeenCalledWith("/sign-in?returnTo=%2Fprogrammes%2Fp1%3Flang%3Dsv&reason=session_ended");
  });

  it("does so once for a burst of failing requests", () => {
    const { all, navigate } = effects(true);
    handleSessionEnd(signedOut, all);
    handleSessionEnd(signedOut, all);
    expect(navigate).toHaveBeenCalledOnce();
  });

  it("leaves anonymous readers where they are", () => {
    const { all, navigate } = effects(false);
    expect(handleSessionEnd(signedOut, all)).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });

  it("ignores other errors", () => {
    const { all, navigate } = effects(true);
    expect(handleSessionEnd(trpcError({ code: "FORBIDDEN", domainCode: "FORBIDDEN" }), all)).toBe(false);
    expect(handleSessionEnd(trpcError(undefined), all)).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });
});
