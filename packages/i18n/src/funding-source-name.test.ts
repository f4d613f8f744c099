import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n";
import { LANGUAGES } from "./languages";
import { resources } from "./resources";
import { countryOfCurrency, fundingSourceName } from "./terms";

// One vocabulary for the funding sources: the measures namespace's, named as the money's country
// names it, used by every screen, workbook and Word document.

const t = (lang: (typeof LANGUAGES)[number]) => {
  const i18n = createI18n(lang);
  return (key: string, options: Record<string, string>) => i18n.t(key, options);
};

/** Every `fundingSource` object anywhere in a language's resources, by its path. */
function fundingSourceObjects(tree: unknown, path: string[] = []): string[] {
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    key === "fundingSource" && typeof value === "object" ? [[...path, key].join(".")] : fundingSourceObjects(value, [...path, key]),
  );
}

describe("funding source names", () => {
  it("names the county's and the council's money as each country does, in every language", () => {
    expect(fundingSourceName(t("nb"), "county_partnership_funds", "NO")).toBe("Fylkets partnerskapsmidler");
    expect(fundingSourceName(t("nb"), "county_partnership_funds", "SE")).toBe("Regionens partnerskapsmidler");
    expect(fundingSourceName(t("nb"), "council_funds", "NO")).toBe("Regionrådets midler");
    expect(fundingSourceName(t("sv"), "county_partnership_funds", "SE")).toBe("Regionens partnerskapsmedel");
    expect(fundingSourceName(t("sv"), "council_funds")).toBe("Förbundets medel");
    expect(fundingSourceName(t("en"), "council_funds", countryOfCurrency("NOK"))).toBe("Regional council funds");
    expect(fundingSourceName(t("nn"), "municipal_own_contribution", "NO")).toBe("Kommunal eigendel");
  });

  it("keeps the names in one place: no other namespace has its own", () => {
    for (const lang of LANGUAGES) expect(fundingSourceObjects(resources[lang])).toEqual(["measures.fundingSource"]);
  });
});
