import { describe, expect, it } from "vitest";
import { chooseLanguage, languageForUser, requestedLanguage, searchWithLanguage } from "./language-choice";

describe("chooseLanguage", () => {
  it("prefers the lang query parameter", () => {
    expect(chooseLanguage("?lang=sv", "nn")).toBe("sv");
  });

  it("falls back to the stored choice", () => {
    expect(chooseLanguage("", "nn")).toBe("nn");
    expect(chooseLanguage("?lang=de", "en")).toBe("en");
  });

  it("defaults to Bokmål", () => {
    expect(chooseLanguage("", null)).toBe("nb");
    expect(chooseLanguage("?lang=", "xx")).toBe("nb");
  });
});

describe("searchWithLanguage", () => {
  it("updates a lang parameter already in the address and keeps the others", () => {
    expect(searchWithLanguage("?lang=sv&x=1", "nb")).toBe("?lang=nb&x=1");
  });

  it("leaves an address without lang alone", () => {
    expect(searchWithLanguage("", "sv")).toBe("");
    expect(searchWithLanguage("?x=1", "sv")).toBe("?x=1");
  });
});

describe("requestedLanguage", () => {
  it("reads a known language from the address only", () => {
    expect(requestedLanguage("?lang=nn")).toBe("nn");
    expect(requestedLanguage("?lang=de")).toBeUndefined();
    expect(requestedLanguage("")).toBeUndefined();
  });
});

describe("languageForUser", () => {
  const swedishOrg = { languageForm: "sv" };

  it("keeps the reader's explicit choice", () => {
    expect(languageForUser("en", { language: "sv", organisation: swedishOrg })).toBeUndefined();
    expect(languageForUser("nb", { language: null, organisation: swedishOrg })).toBeUndefined();
  });

  it("uses the user's own language when nothing is stored", () => {
    expect(languageForUser(null, { language: "sv", organisation: { languageForm: "nb" } })).toBe("sv");
    expect(languageForUser(null, { language: "en", organisation: swedishOrg })).toBe("en");
  });

  it("falls back to the organisation's written language", () => {
    expect(languageForUser(null, { language: null, organisation: swedishOrg })).toBe("sv");
    expect(languageForUser(null, { language: null, organisation: { languageForm: "nn" } })).toBe("nn");
  });

  it("treats an unknown stored value as no choice", () => {
    expect(languageForUser("xx", { language: null, organisation: { languageForm: "nn" } })).toBe("nn");
  });

  it("keeps the current language when there is nothing to go by", () => {
    expect(languageForUser(null, { language: null, organisation: null })).toBeUndefined();
  });
});
