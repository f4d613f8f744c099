import type { AppRouter } from "@samspill/api";
import { createI18n } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { TRPCProvider } from "../../app/trpc";
import { ReportPage } from "./report-page";
import type { Report } from "./types";

const report: Report = {
  id: "r1", periodId: "p1", measureId: "m1", partId: "pt1", organisationId: "stange", authorId: "u1",
  workflowStatus: "draft", measureStatus: "in_progress", progress: 45, narrative: "Ladeplan", spent: { amountMinor: 4_000_050, currency: "NOK" },
  spending: { currency: "NOK", lines: [{ fundingSource: "municipal_own_contribution", amountMinor: 4_000_050 }] },
  submittedAt: null, late: false, reviewedAt: null, reviewedBy: null, returnComment: null, version: 3, updatedAt: "2026-11-20T09:30:00.000Z",
  indicatorValues: [{ indicatorId: "i1", value: 6 }],
  period: { id: "p1", councilId: "c1", name: "T3 2026", periodStart: "2026-09-01", periodEnd: "2026-12-31", deadline: "2027-01-15", version: 1 },
  measure: { id: "m1", title: "Regional ladestruktur", scope: "shared" },
  organisation: { id: "stange", name: "Stange", officialName: "Stange kommune" },
  part: { id: "pt1", municipalityId: "stange" },
  viewer: { write: { allowed: true, reason: null }, review: { allowed: false, reason: "role_not_allowed" }, comment: { allowed: true, reason: null } },
};

/** The server's answer for a report the reader may not write, for this reason. */
const refused = (reason: string) => ({
  viewer: { write: { allowed: false, reason }, review: { allowed: false, reason: "role_not_allowed" }, comment: { allowed: true, reason: null } },
});

const stange = {
  id: "u1", name: "Ola Nordmann", email: "stange@demo.samspill.no", role: "municipality_contributor", language: "nb",
  organisation: { id: "stange", name: "Stange", kind: "municipality", country: "NO", languageForm: "nb" },
  scope: { councilIds: ["c1"], municipalityIds: ["stange"], countyIds: [] },
};

/** The page from a pre-filled cache: no server, just the markup for a report in a given state. */
function render(changes: Partial<Report>, user: object = stange): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.reports.get.queryKey({ id: "r1" }), { ...report, ...changes });
  queryClient.setQueryData(trpc.measures.get.queryKey({ id: "m1" }), {
    indicators: [{ id: "i1", name: "Nye ladepunkter", unit: "antall" }],
    budget: { lines: [{ fundingSource: "county_partnership_funds" }] },
    owner: { country: "NO" },
  } as never);
  queryClient.setQueryData(trpc.auth.me.queryKey(), user as never);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <ReportPage id="r1" />
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe("ReportPage", () => {
  it("lets the author edit a draft, amounts by the budget's funding sources in kroner with the Norwegian decimal sign", () => {
    const html = render({});
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain("Statusrapport: Regional ladestruktur");
    expect(html).toMatch(/<label[^>]*>Fylkets partnerskapsmidler<\/label>/);
    expect(html).toMatch(/<label[^>]*>Kommunal egenandel<\/label>/);
    expect(html).toContain('value="40000,50"');
    expect(html).toContain("Send til godkjenning");
  });

  it("names the municipality whose report it is and links to the measure", () => {
    const html = render({}, { ...stange, role: "secretariat", organisation: { ...stange.organisation, id: "c1" } });
    expect(html).toMatch(/<dt>Rapporteres av<\/dt><dd>Stange kommune<\/dd>/);
    expect(html).toMatch(/<a[^>]*href="\/measures\/m1"[^>]*>Regional ladestruktur<\/a>/);
  });

  it("shows the secretariat's comment on a returned report, still editable", () => {
    const html = render({ workflowStatus: "returned", returnComment: "Oppgi antall ladepunkter." });
    expect(html).toContain("Rapporten ble returnert");
    expect(html).toContain("Oppgi antall ladepunkter.");
    expect(html).toContain("Lagre utkast");
  });

  it("is read-only once submitted, and locked once approved", () => {
    const submitted = render({ workflowStatus: "submitted", late: true, ...refused("report_awaiting_review") });
    expect(submitted).toContain("Den kan ikke endres nå.");
    expect(submitted).toContain("Levert for sent");
    expect(submitted).not.toContain("Lagre utkast");
    const approved = render({ workflowStatus: "approved", ...refused("report_locked") });
    expect(approved).toContain("Rapporten er godkjent og låst.");
    expect(approved).not.toContain("Send til godkjenning");
  });

  it("offers approving and returning where the server says the reader reviews, and nowhere else, whatever the role", () => {
    const reviewable = { write: { allowed: false, reason: "report_awaiting_review" }, review: { allowed: true, reason: null }, comment: { allowed: true, reason: null } };
    expect(render({ workflowStatus: "submitted", viewer: reviewable })).toContain("Behandle rapporten");
    const secretariat = { ...stange, role: "secretariat", organisation: { ...stange.organisation, id: "c1" } };
    expect(render({ workflowStatus: "submitted", ...refused("report_awaiting_review") }, secretariat)).not.toContain("Behandle rapporten");
  });

  it("shows another municipality's draft without letting it be edited, and says whose it is", () => {
    const html = render({ ...refused("not_own_municipality") }, { ...stange, scope: { councilIds: ["c1"], municipalityIds: ["hamar"], countyIds: [] } });
    expect(html).not.toContain("Lagre utkast");
    expect(html).toContain("Bare Stange kommune og sekretariatet skriver denne rapporten.");
  });
});
