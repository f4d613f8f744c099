import { describe, expect, it } from "vitest";
import { browserLanguage, chooseLanguage, languageForUser, likelyLanguage, requestedLanguage, searchWithLanguage } from "./language-choice";

describe("chooseLanguage", () => {
  it("prefers the lang query parameter", () => {
    expect(chooseLanguage("?lang=sv", "nn")).toBe("sv");
  });

  it("falls back to the stored choice", () => {
    expect(chooseLanguage("", "nn")).toBe("nn");
    expect(chooseLanguage("?lang=de", "en")).toBe("en");
  });

  it("follows the browser's languages when nothing was chosen", () => {
    expect(chooseLanguage("", null, ["sv-SE", "en"])).toBe("sv");
    expect(chooseLanguage("", "nn", ["sv-SE"])).toBe("nn");
    expect(chooseLanguage("?lang=en", null, ["sv-SE"])).toBe("en");
  });

  it("speaks a signed-in user's language unless the reader chose one", () => {
    const user = { language: null, organisation: { languageForm: "nn" } };
    expect(chooseLanguage("", null, ["en"], user)).toBe("nn");
    expect(chooseLanguage("", "sv", ["en"], user)).toBe("sv");
    expect(chooseLanguage("?lang=en", null, [], user)).toBe("en");
    expect(chooseLanguage("", null, ["sv"], { language: null, organisation: null })).toBe("sv");
  });

  it("defaults to Bokmål when the browser says nothing", () => {
    expect(chooseLanguage("", null)).toBe("nb");
    expect(chooseLanguage("?lang=", "xx")).toBe("nb");
  });
});

describe("browserLanguage", () => {
  it("reads Norwegian as Bokmål unless it says Nynorsk", () => {
    expect(browserLanguage(["no"])).toBe("nb");
    expect(browserLanguage(["nb-NO", "en"])).toBe("nb");
    expect(browserLanguage(["NN-no"])).toBe("nn");
  });

  it("takes the first language the portal speaks, in the browser's order", () => {
    expect(browserLanguage(["sv-FI"])).toBe("sv");
    expect(browserLanguage(["de-DE", "sv-SE", "nb"])).toBe("sv");
    expect(browserLanguage(["en-GB", "nb"])).toBe("en");
  });

  it("falls back to English for a browser that prefers none of them, Bokmål when it says nothing", () => {
    expect(browserLanguage(["de-DE", "fr"])).toBe("en");
    expect(browserLanguage([])).toBe("nb");
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

describe("likelyLanguage", () => {
  it("downloads the reader's own choice first, else the last signed-in user's language, else the browser's", () => {
    expect(likelyLanguage("sv", "nn", ["en"])).toBe("sv");
    expect(likelyLanguage(undefined, "nn", ["en-GB"])).toBe("nn");
    expect(likelyLanguage(undefined, undefined, ["en-GB"])).toBe("en");
    expect(likelyLanguage(undefined, undefined, [])).toBe("nb");
  });

  it("guesses what chooseLanguage answers once the user is known, when the hint is that user's language", () => {
    const user = { language: "nn", organisation: null };
    expect(likelyLanguage(undefined, languageForUser(null, user), ["en"])).toBe(chooseLanguage("", null, ["en"], user));
  });
});
