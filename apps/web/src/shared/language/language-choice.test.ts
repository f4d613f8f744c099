import { describe, expect, it } from "vitest";
import { chooseLanguage, searchWithLanguage } from "./language-choice";

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
