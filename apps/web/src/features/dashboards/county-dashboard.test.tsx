import { fundsTable, statusCounts, type ReportingFigures } from "@samspill/domain";
import { describe, expect, it } from "vitest";
import { CountyDashboard } from "./county-dashboard";
import { renderFromCache } from "./render-from-cache.test-util";
import type { CountyDashboard as Data } from "./types";

const figures = (counts: Partial<ReportingFigures>): ReportingFigures => ({
  expected: 0, missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0, reported: 0, outstanding: 0, late: 0, overdue: 0, ...counts,
});
const period = { periodStart: "2023-01-01", periodEnd: "2023-12-31" };
const funds = fundsTable(
  [
    { year: 2022, fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 200_000_000 },
    { year: 2023, fundingSource: "council_funds", currency: "NOK", amountMinor: 3_000_000 },
  ],
  [
    { reportId: "r1", measureId: "m1", periodEnd: "2022-12-31", fundingSource: "county_partnership_funds", currency: "NOK", amountMinor: 50_000_000 },
    { reportId: "r2", measureId: "m1", periodEnd: "2023-12-31", fundingSource: "council_funds", currency: "NOK", amountMinor: 5_500_000 },
  ],
);

const data: Data = {
  countyId: "k1",
  agreements: [
    { id: "a1", title: "Partnerskapsavtale Hamarregionen", status: "active", periodStart: "2022-01-01", periodEnd: "2026-12-31",
      parties: [{ organisationId: "c1", name: "Hamarregionen", kind: "regional_council" }], funds: funds.total },
  ],
  compliance: [
    { councilId: "c1", councilName: "Hamarregionen", periodId: "p1", periodName: "2023", deadline: "2024-01-31", ...period,
      ...figures({ expected: 17, reported: 5, approved: 3, late: 1, outstanding: 12, missing: 12, overdue: 12 }) },
    { councilId: "c2", councilName: "Sør-Østerdal", periodId: "p2", periodName: "2024", deadline: "2025-01-31", ...period,
      ...figures({ expected: 1, reported: 1, approved: 1 }) },
  ],
  funds,
  measuresByOwner: [{ ownerId: "c1", ownerName: "Hamarregionen", counts: statusCounts([{ status: "in_progress", count: 11 }]) }],
};

function render(lang: "nb" | "sv", dashboard: Data = data) {
  return renderFromCache(
    lang,
    (trpc, client) => client.setQueryData(trpc.dashboards.county.queryKey({ countyId: "k1" }), dashboard),
    <CountyDashboard county={{ id: "k1", name: "Innlandet" }} />,
  );
}

describe("CountyDashboard", () => {
  it("has one h1 and a named section per part of the dashboard", () => {
    const html = render("nb");
    expect(html.match(/<h1/g)).toHaveLength(1);
    for (const heading of ["Partnerskapsavtaler", "Rapportering per periode og råd", "Tilsagte og brukte midler", "Midler per avtale", "Status for tiltak på tvers av rådene"]) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    }
  });

  it("says in words, not only in colour, who has reported", () => {
    const html = render("nb");
    expect(html).toMatch(/data-color="danger"[^>]*>12 rapporter mangler</);
    expect(html).toMatch(/data-color="success"[^>]*>Alle har rapportert</);
  });

  it("links each agreement and sets spent against committed per year and source, flagging only what is over", () => {
    const html = render("nb");
    expect(html).toContain('href="/agreements/a1"');
    expect(html).toMatch(/2\s000\s000\skr/);
    expect(html).toMatch(/1\s500\s000\skr/);
    expect(html.match(/data-color="danger"[^>]*>Over tilsagn</g)).toHaveLength(1);
    expect(html).toMatch(/data-color="success"[^>]*>Innenfor tilsagn</);
  });

  it("says that a measure under two agreements counts under each row but once in the total, when there are rows to add", () => {
    const note = "telles under begge her; fylkets sum over teller det én gang";
    expect(render("nb")).not.toContain(note);
    const second = { ...data.agreements[0]!, id: "a2", title: "Partnerskapsavtale Elverum" };
    expect(render("nb", { ...data, agreements: [...data.agreements, second] })).toContain(note);
  });

  it("speaks Swedish", () => {
    const html = render("sv");
    expect(html).toContain("Översikt för regionen");
    expect(html).toContain("12 rapporter saknas");
  });
});
