import { createI18n, type Language } from "@samspill/i18n";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "@samspill/api";
import { TRPCProvider } from "../../app/trpc";
import type { ProgrammeDetail } from "../programmes/types";
import { RevisionActions } from "../revision/revision-actions";
import { CopiedNoticeView, copiedCounts, copiedSearch } from "./copied-notice";
import { CopyForwardFields } from "./copy-forward-fields";
import { CopyForwardPage } from "./copy-forward-page";

const no = { allowed: false, reason: "role_not_allowed" };
const yes = { allowed: true, reason: null };
const viewer: ProgrammeDetail["viewer"] = {
  editStructure: no, addMeasure: no, editFollowUp: no, publish: no, startRevision: no, adopt: no, copyForward: yes, importStructure: no, enterInBulk: no,
};
const programme = {
  id: "p1", title: "Handlingsprogram 2022–2023", introduction: "", periodStart: "2022-01-01", periodEnd: "2023-12-31",
  status: "adopted", revision: 1, predecessorId: null, published: true, publishedAt: null, version: 4,
  owner: { id: "o1", name: "Hamarregionen", kind: "regional_council", country: "NO", languageForm: "nb", slug: null },
  viewer,
} as unknown as ProgrammeDetail;

function withProviders(lang: Language, children: ReactNode, detail: ProgrammeDetail = programme): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.programmes.get.queryKey({ id: "p1" }), detail);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang, { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const valueOf = (html: string, id: string) => new RegExp(`id="${id}"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*id="${id}"`).exec(html)?.slice(1).find(Boolean);

describe("starting the next period's programme", () => {
  it("offers the next period, as long as this one, under this title with the years moved on", () => {
    const html = withProviders("nb", <CopyForwardPage id="p1" />);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain("Start neste periodes program");
    expect(valueOf(html, "copy-forward-title")).toBe("Handlingsprogram 2024–2025");
    expect(valueOf(html, "copy-forward-periodStart")).toBe("2024-01-01");
    expect(valueOf(html, "copy-forward-periodEnd")).toBe("2025-12-31");
    expect(html).toContain("tiltak som ikke er fullført eller avlyst");
  });

  it("says what is copied in every language", () => {
    expect(withProviders("nn", <CopyForwardPage id="p1" />)).toContain("Start programmet for neste periode");
    expect(withProviders("sv", <CopyForwardPage id="p1" />)).toContain("Starta nästa periods plan");
    expect(withProviders("en", <CopyForwardPage id="p1" />)).toContain("Budget lines come along only for years inside the new period.");
  });

  it("tells someone the server refuses that it is the secretariat's to do, without a form", () => {
    const html = withProviders("nb", <CopyForwardPage id="p1" />, { ...programme, viewer: { ...viewer, copyForward: no } });
    expect(html).toContain("Bare sekretariatet i rådet");
    expect(html).not.toContain("<form");
  });

  it("shows a field's problem beside it and in the summary", () => {
    const html = withProviders("nb",
      <CopyForwardFields values={{ title: "", periodStart: "2024-01-01", periodEnd: "2023-01-01" }} onChange={() => () => undefined}
        messages={{ periodEnd: "Periodeslutt kan ikke være før periodestart." }} failure={null} attempt={1} pending={false}
        onSubmit={() => undefined} onCancel={() => undefined} />,
    );
    expect(html).toContain('href="#copy-forward-periodEnd"');
    expect(html).toMatch(/id="copy-forward-periodEnd"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="copy-forward-periodEnd"/);
  });

  it("is offered on the programme page only to those the server allows", () => {
    expect(withProviders("nb", <RevisionActions programme={programme} />)).toContain('href="/programmes/p1/copy-forward"');
    expect(withProviders("nb", <RevisionActions programme={{ ...programme, viewer: { ...viewer, copyForward: no } }} />)).not.toContain("copy-forward");
  });
});

describe("the notice on the new draft", () => {
  it("carries the counts through the address and says them", () => {
    const counts = { focusAreas: 4, subThemes: 15, goals: 1, measures: 14 };
    expect(copiedCounts(copiedSearch(counts))).toEqual(counts);
    expect(copiedCounts("?copied=1-x-3-4")).toBeNull();
    expect(copiedCounts("")).toBeNull();
    const html = withProviders("nb", <CopiedNoticeView counts={counts} />);
    expect(html).toContain("Kopiert: 4 satsingsområder med 15 undertemaer, 1 mål og 14 tiltak som ikke er ferdige.");
    const flat = withProviders("en", <CopiedNoticeView counts={{ ...counts, focusAreas: 1, subThemes: 0 }} />);
    expect(flat).toContain("Copied: 1 focus area, 1 goal and 14 unfinished measures.");
  });
});
