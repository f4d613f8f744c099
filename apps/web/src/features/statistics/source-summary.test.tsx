import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { SourceSummary } from "./source-summary";
import type { IndicatorWithSeries, SourceRegions } from "./types";

const indicator: IndicatorWithSeries = {
  id: "i1", kind: "outcome", goalId: "g1", measureId: null, name: "Folketall 1. januar", unit: "personer",
  baseline: null, baselineDate: null, target: null, targetDate: null, source: "ssb", sourceRef: null,
  binding: { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start", regions: [{ municipalityId: "e", codes: ["3420"] }] },
  perMunicipality: true, version: 2,
  series: [{ municipalityId: "e", municipalityName: "Elverum", points: [
    { id: "p", date: "2024-01-01", value: 21700, status: null, source: "ssb", importedAt: "2025-03-01T04:00:00.000Z", version: 1 },
  ] }],
};
const regions: SourceRegions = {
  municipalities: [{ id: "e", name: "Elverum", code: "3420" }],
  defaultRegions: [{ municipalityId: "e", codes: ["3420"] }],
  regions: [{ municipalityId: "e", codes: ["3420"] }],
};

const render = (lang: "nb" | "sv", value: IndicatorWithSeries, known: SourceRegions | undefined) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <SourceSummary indicator={value} regions={known} />
    </I18nextProvider>,
  );

describe("SourceSummary", () => {
  it("names the table, the municipalities with their codes and the last import", () => {
    const html = render("nb", indicator, regions);
    expect(html).toContain("Statistisk sentralbyrå (SSB), tabell 07459, statistikkvariabel Personer1");
    expect(html).toContain("Importeres for: Elverum (3420)");
    expect(html).toContain("Sist importert 01.03.2025, 05:00.");
  });

  it("says in Swedish that Kolada figures are not imported yet, and when values are kept by hand", () => {
    const kolada = { ...indicator, binding: { source: "kolada" as const, kpi: "N01951", at: "end" as const }, series: [] };
    expect(render("sv", kolada, undefined)).toContain("Kolada, nyckeltal N01951");
    expect(render("sv", kolada, undefined)).toContain("Inte importerat ännu; värdena hämtas varje morgon.");
    expect(render("nb", { ...indicator, binding: null }, undefined)).toContain("Verdiene registreres manuelt.");
  });
});
