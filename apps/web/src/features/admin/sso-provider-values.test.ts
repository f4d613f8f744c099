import { describe, expect, it } from "vitest";
import { blankProviderValues, createInput, providerInput } from "./sso-provider-values";

describe("the identity provider form", () => {
  it("sends domains as a list, scopes single-spaced, and no role unless users are created", () => {
    const values = { ...blankProviderValues(), name: "Ansattporten", emailDomains: "hamar.kommune.no, stange.kommune.no;ringsaker.kommune.no", scopes: " openid   profile ", newUserRole: "secretariat" };
    const input = createInput(values, ["org"]);
    expect(input.emailDomains).toEqual(["hamar.kommune.no", "stange.kommune.no", "ringsaker.kommune.no"]);
    expect(input.scopes).toBe("openid profile");
    expect(input.newUserRole).toBeNull();
    expect(input.clientSecret).toEqual({ kind: "environment", name: "SAMSPILL_OIDC_SECRET_" });
  });

  it("keeps the saved secret unless the admin replaces it", () => {
    expect(providerInput({ ...blankProviderValues(), secretKind: "keep" }, []).clientSecret).toEqual({ kind: "keep" });
    expect(providerInput({ ...blankProviderValues(), secretKind: "stored", secretValue: "s" }, []).clientSecret).toEqual({ kind: "stored", value: "s" });
  });
});
