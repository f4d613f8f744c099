import { describe, expect, it } from "vitest";
import { resources } from "../resources";

// Swedish says kommun, region/län, åtgärd, handlingsplan and kommunfullmäktige (DOMAIN.md), and
// Nynorsk is Nynorsk, in every namespace — features included. Texts under a `_NO` context name
// Norwegian institutions for a Norwegian organisation (a Swedish reader of Hamarregionen's
// programme meets "Fylkeskommun"), so they are let be.

function flatEntries(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value !== "object" || value === null) return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([key, child]) => flatEntries(child, prefix ? `${prefix}.${key}` : key));
}

const norwegianContext = (key: string) => /_NO(_|$)/.test(key);

/** The texts of a language that contain one of the words, as "key: text". */
function containing(lang: "sv" | "nn", words: RegExp): string[] {
  return flatEntries(resources[lang])
    .filter(([key, text]) => !norwegianContext(key) && words.test(text))
    .map(([key, text]) => `${key}: ${text}`);
}

describe("Swedish texts", () => {
  it("use no Norwegian-only words", () => {
    // "kommuner" and "kommunen" are Swedish too; "kommune" and "kommunene" are not.
    const norwegian = /\b(tiltak\p{L}*|kommune|kommunene|fylke\p{L}*|fylkeskommune\p{L}*|handlingsprogram\p{L}*|satsingsområd\p{L}*|kommunestyre\p{L}*|vedtak\p{L}*|regionråd\p{L}*)(?!\p{L})/iu;
    expect(containing("sv", norwegian)).toEqual([]);
  });

  it("call an action programme a plan (handlingsplan), never a programme", () => {
    // Placeholders such as {{programme}} are names filled in, not words.
    const words = flatEntries(resources.sv)
      .filter(([key]) => !norwegianContext(key))
      .filter(([, text]) => /program/iu.test(text.replace(/\{\{[^}]*\}\}/g, "")))
      .map(([key, text]) => `${key}: ${text}`);
    expect(words).toEqual([]);
  });

  it("use no Norwegian letters", () => {
    expect(containing("sv", /[æøÆØ]/u)).toEqual([]);
  });

  it("name the domain's Swedish terms", () => {
    expect(resources.sv.domain.terms).toMatchObject({
      municipality: "Kommun", county: "Region", measure: "Åtgärd", actionProgramme: "Handlingsplan", municipalCouncil: "Kommunfullmäktige",
    });
  });
});

describe("Nynorsk texts", () => {
  it("use no Bokmål-only words", () => {
    const bokmal = /(?<!\p{L})(ikke|hva|hvem|hvor|hvordan|hvis|noen|jeg|fra|være|bare|ennå|mye|uten|hver|hvert|også|dere|deres)(?!\p{L})/iu;
    expect(containing("nn", bokmal)).toEqual([]);
  });
});
