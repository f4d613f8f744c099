import { describe, expect, it } from "vitest";
import { CreateOrganisationInputSchema, OrganisationSchema, UpdateOrganisationInputSchema } from "./organisation";

const hamar = {
  kind: "municipality", country: "NO", code: "3403", name: "Hamar", languageForm: "nb",
  countyId: "00000000-0000-4000-8000-000000000034",
};

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("CreateOrganisationInputSchema", () => {
  it("accepts a municipality and fills defaults", () => {
    const parsed = CreateOrganisationInputSchema.parse(hamar);
    expect(parsed).toMatchObject({ validFrom: "1900-01-01", validTo: null, description: "", slug: null });
  });

  it.each([
    [{ ...hamar, colour: "red" }, [[]]],
    [{ ...hamar, name: 42 }, [["name"]]],
    [{ ...hamar, name: "   " }, [["name"]]],
    [{ ...hamar, code: "34O3" }, [["code"]]],
    [{ ...hamar, kind: "city" }, [["kind"]]],
    [{ ...hamar, country: "DK" }, [["country"]]],
    [{ ...hamar, languageForm: "sv" }, [["languageForm"]]],
    [{ ...hamar, country: "SE", languageForm: "nn" }, [["languageForm"]]],
    [{ ...hamar, validFrom: "2024-01-01", validTo: "2019-12-31" }, [["validTo"]]],
    [{ ...hamar, validFrom: "2024-02-30" }, [["validFrom"]]],
    [{ ...hamar, website: "not a url" }, [["website"]]],
  ])("rejects %o at %o", (input, paths) => {
    expect(pathsOf(CreateOrganisationInputSchema.safeParse(input))).toEqual(paths);
  });
});

describe("OrganisationSchema / UpdateOrganisationInputSchema", () => {
  it("requires id and version on the row", () => {
    expect(pathsOf(OrganisationSchema.safeParse(CreateOrganisationInputSchema.parse(hamar)))).toEqual([["id"], ["version"]]);
  });

  it("updates need a version and refuse to change the kind", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(UpdateOrganisationInputSchema.safeParse({ id, version: 3, name: "Hamar kommune" }).success).toBe(true);
    expect(pathsOf(UpdateOrganisationInputSchema.safeParse({ id, name: "x" }))).toEqual([["version"]]);
    expect(pathsOf(UpdateOrganisationInputSchema.safeParse({ id, version: 1, kind: "county" }))).toEqual([[]]);
  });
});
