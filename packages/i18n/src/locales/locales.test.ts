import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../languages";
import { NAMESPACES } from "../namespaces";
import { resources } from "../resources";

function flatKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
}

function flatEntries(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (typeof value !== "object" || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => flatEntries(child, prefix ? `${prefix}.${key}` : key));
}

describe("locales", () => {
  const englishKeys = flatKeys(resources.en).sort();

  it.each(LANGUAGES)("%s has exactly the English key set", (lang) => {
    expect(flatKeys(resources[lang]).sort()).toEqual(englishKeys);
  });

  it.each(LANGUAGES)("%s has no empty texts", (lang) => {
    const empty = flatEntries(resources[lang]).filter(([, text]) => typeof text !== "string" || text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)("%s keeps the interpolation placeholders of English", (lang) => {
    const placeholders = (text: unknown) => (String(text).match(/\{\{\w+\}\}/g) ?? []).sort();
    const english = new Map(flatEntries(resources.en));
    for (const [key, text] of flatEntries(resources[lang])) {
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key)) });
    }
  });

  it("declares every top-level key as a namespace", () => {
    expect(Object.keys(resources.en).sort()).toEqual([...NAMESPACES].sort());
  });

  it("names each language in that language in every locale", () => {
    for (const lang of LANGUAGES) {
      expect(resources[lang].common.language).toMatchObject({
        nb: "Norsk bokmål",
        nn: "Norsk nynorsk",
        sv: "Svenska",
        en: "English",
      });
    }
  });
});
