import { describe, expect, it } from "vitest";
import { ORGANISATION_KINDS, ROLES } from "../shared/enums";
import { CreateUserInputSchema, roleFitsOrganisation } from "./user";

const ID = "00000000-0000-4000-8000-000000000001";

describe("CreateUserInputSchema", () => {
  it("lower-cases the e-mail and fills defaults", () => {
    expect(CreateUserInputSchema.parse({ organisationId: ID, email: " Kari@Stange.kommune.no ", name: "Kari", role: "municipality_contributor" }))
      .toMatchObject({ email: "kari@stange.kommune.no", language: null, active: true });
  });

  it.each([
    [{ email: "not-an-email" }, ["email"]],
    [{ role: "public" }, ["role"]],
    [{ language: "da" }, ["language"]],
    [{ passwordHash: "x" }, []],
  ])("rejects %o at %o", (override, path) => {
    const result = CreateUserInputSchema.safeParse({ organisationId: ID, email: "a@b.no", name: "A", role: "secretariat", ...override });
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe("roleFitsOrganisation", () => {
  const FITS: Record<string, string[]> = {
    secretariat: ["regional_council"],
    municipality_contributor: ["municipality"],
    county_official: ["county"],
    council_member: ["regional_council"],
    admin: [...ORGANISATION_KINDS],
  };
  it.each(ROLES.flatMap((role) => ORGANISATION_KINDS.map((kind) => [role, kind, FITS[role]?.includes(kind) ?? false] as const)))(
    "%s in a %s: %s",
    (role, kind, fits) => {
      expect(roleFitsOrganisation(role, kind)).toBe(fits);
    },
  );
});
