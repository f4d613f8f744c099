import { describe, expect, it } from "vitest";
import { CountyDashboard } from "./county-dashboard";
import { renderFromCache } from "./render-from-cache.test-util";
import type { CountyDashboard as Data } from "./types";

const nok = (amountMinor: number) => ({ amountMinor, currency: "NOK" as const });

const data: Data = {
  countyId: "k1",
  agreements: [
    { id: "a1", title: "Partnerskapsavtale Hamarregionen", status: "active", periodStart: "2022-01-01", periodEnd: "2026-12-31",
      parties: [{ organisationId: "c1", name: "Hamarregionen", kind: "regional_council" }] },
  ],
  compliance: [
    { councilId: "c1", councilName: "Hamarregionen", periodId: "p1", periodName: "2023", deadline: "2024-01-31", expected: 17, reported: 5, approved: 3, late: 1, missing: 12 },
    { councilId: "c2", councilName: "Sør-Østerdal", periodId: "p2", periodName: "2024", deadline: "2025-01-31", expected: 1, reported: 1, approved: 1, late: 0, missing: 0 },
  ],
  committed: [{ year: 2022, source: "county_partnership_funds", amount: nok(200_000_000) }],
  spent: [{ year: 2022, amount: nok(50_000_000) }],
  measuresByOwner: [{ ownerId: "c1", ownerName: "Hamarregionen", status: "in_progress", measures: 11 }],
};

function render(lang: "nb" | "sv") {
  return renderFromCache(
    lang,
    (trpc, client) => client.setQueryData(trpc.dashboards.county.queryKey({ countyId: "k1" }), data),
    <CountyDashboard county={{ id: "k1", name: "Innlandet" }} />,
  );
}

describe("CountyDashboard", () => {
  it("has one h1 and a named section per part of the dashboard", () => {
    const html = render("nb");
    expect(html.match(/<h1/g)).toHaveLength(1);
    for (const heading of ["Partnerskapsavtaler", "Rapportering per periode og råd", "Tilsagte og brukte midler", "Status for tiltak på tvers av rådene"]) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    }
  });

  it("says in words, not only in colour, who has reported", () => {
    const html = render("nb");
    expect(html).toMatch(/data-color="danger"[^>]*>12 mangler</);
    expect(html).toMatch(/data-color="success"[^>]*>Alle har rapportert</);
  });

  it("links each agreement and sets spent against committed in the reader's format", () => {
    const html = render("nb");
    expect(html).toContain('href="/agreements/a1"');
    expect(html).toMatch(/2\s000\s000\skr/);
    expect(html).toMatch(/25\s%/);
  });

  it("speaks Swedish", () => {
    const html = render("sv");
    expect(html).toContain("Översikt för regionen");
    expect(html).toContain("12 saknas");
  });
});
