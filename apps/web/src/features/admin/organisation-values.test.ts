import { describe, expect, it } from "vitest";
import { changedPatch, createInput, EMPTY_ORGANISATION, fitLanguage, updatePatch } from "./organisation-values";

describe("organisation values", () => {
  it("sends empty optional fields as null and leaves an empty start to the server", () => {
    const input = createInput({ ...EMPTY_ORGANISATION, name: " Ny kommune ", code: "3499" });
    expect(input).toEqual({ name: "Ny kommune", kind: "municipality", country: "NO", code: "3499", languageForm: "nb", slug: null, validTo: null });
  });

  it("never sends kind or country in an update", () => {
    const patch = updatePatch({ ...EMPTY_ORGANISATION, name: "X", validFrom: "2024-01-01" });
    expect(patch).not.toHaveProperty("kind");
    expect(patch).not.toHaveProperty("country");
    expect(patch.validFrom).toBe("2024-01-01");
  });

  it("sends only the changed fields, an emptied code as null", () => {
    expect(changedPatch({ name: " Hamar kommune " })).toEqual({ name: "Hamar kommune" });
    expect(changedPatch({ code: "", validTo: "2024-12-31" })).toEqual({ code: null, validTo: "2024-12-31" });
    expect(changedPatch({ kind: "county" })).toEqual({});
  });

  it("keeps the language form within the country", () => {
    expect(fitLanguage("SE", "nb")).toBe("sv");
    expect(fitLanguage("NO", "nn")).toBe("nn");
  });
});
