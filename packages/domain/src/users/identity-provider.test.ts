import { describe, expect, it } from "vitest";
import { CreateIdentityProviderInputSchema } from "./identity-provider";

const valid = {
  name: "Entra ID", issuer: "https://login.microsoftonline.com/tenant/v2.0", clientId: "c", scopes: "openid profile email",
  acrValues: null, emailClaim: "email", nameClaim: "name", emailDomains: ["Hamar.kommune.no"], listed: true,
  organisationIds: [], createUsers: false, newUserRole: null, newUserOrganisationId: null, clientSecret: { kind: "none" },
};

describe("an identity provider's registration", () => {
  it("takes an https issuer, and plain http only on this machine", () => {
    expect(CreateIdentityProviderInputSchema.safeParse(valid).success).toBe(true);
    expect(CreateIdentityProviderInputSchema.safeParse({ ...valid, issuer: "http://127.0.0.1:3601" }).success).toBe(true);
    expect(CreateIdentityProviderInputSchema.safeParse({ ...valid, issuer: "http://login.example.org" }).success).toBe(false);
  });

  it("requires the openid scope, and a role and organisation when it creates users", () => {
    expect(CreateIdentityProviderInputSchema.safeParse({ ...valid, scopes: "profile email" }).success).toBe(false);
    const creating = CreateIdentityProviderInputSchema.safeParse({ ...valid, createUsers: true });
    expect(creating.error?.issues[0]?.path).toEqual(["newUserRole"]);
  });

  it("reads secrets only from SAMSPILL_OIDC_SECRET_ variables, and never makes an admin", () => {
    expect(CreateIdentityProviderInputSchema.safeParse({ ...valid, clientSecret: { kind: "environment", name: "DATABASE_URL" } }).success).toBe(false);
    expect(CreateIdentityProviderInputSchema.safeParse({ ...valid, createUsers: true, newUserRole: "admin", newUserOrganisationId: crypto.randomUUID() }).success).toBe(false);
  });
});
