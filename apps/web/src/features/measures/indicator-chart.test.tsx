import { createI18n } from "@samspill/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { IndicatorChart } from "./indicator-chart";
import type { Indicator } from "./types";

const importedAt = "2025-03-01T04:00:00.000Z";
const point = (date: string, value: number | null, status: string | null, source = "ssb") =>
  ({ id: date, date, value, status, source, importedAt: source === "manual" ? null : importedAt, version: 1 });

const population: Indicator = {
  id: "i1", kind: "outcome", goalId: "g1", measureId: null, name: "Folketall 1. januar", unit: "personer",
  baseline: null, baselineDate: null, target: null, targetDate: null, source: "ssb", sourceRef: null,
  binding: { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start" }, perMunicipality: true, version: 2,
  series: [
    { municipalityId: "e", municipalityName: "Elverum", points: [point("2023-01-01", 21577, null), point("2024-01-01", 21700, null)] },
    { municipalityId: "t", municipalityName: "Trysil", points: [point("2023-01-01", 6675, null), point("2024-01-01", null, "..")] },
  ],
};

function render(indicator: Indicator) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <IndicatorChart indicator={indicator} level={3} />
    </I18nextProvider>,
  );
}

describe("IndicatorChart", () => {
  it("marks imported values with their source and import time, under the chart and in the table", () => {
    const html = render(population);
    expect(html).toContain("Verdier fra SSB, sist importert 01.03.2025, 05:00.");
    expect(html).toContain(">Kilde</th>");
    expect(html).toContain(">SSB, importert 01.03.2025, 05:00</td>");
    expect(html).toContain("ingen verdi (..)");
  });

  it("says when values were entered by hand", () => {
    const manual: Indicator = { ...population, binding: null, source: "manual", series: [{ municipalityId: null, municipalityName: null, points: [point("2024-12-31", 145, null, "manual")] }] };
    const html = render(manual);
    expect(html).toContain(">Registrert manuelt</td>");
    expect(html).not.toContain("sist importert");
  });

  it("gives the target as a row of the table, with its date", () => {
    const calls: Indicator = { ...population, name: "Rørløft", target: 145, targetDate: "2025-12-31" };
    const html = render(calls);
    expect(html).toMatch(/<tfoot[^>]*><tr[^>]*><th scope="row"[^>]*>Mål innen 31\.12\.2025<\/th><td colSpan="2" class="numeric[^"]*">145<\/td>/);
    expect(render(population)).not.toContain("<tfoot");
  });
});
