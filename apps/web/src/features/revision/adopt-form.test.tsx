import { createI18n } from "@samspill/i18n";
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
import { AdoptForm } from "./adopt-form";
import { AdoptPage } from "./adopt-page";
import { chosenMeeting } from "./meeting-choice";

const meeting = { id: "m1", councilId: "c1", title: "Rådsmøte 11. mars 2022", body: "Regionrådet", heldOn: "2022-03-11", location: "", published: true, version: 1 };

function render(children: ReactNode, fill: (cache: QueryClient, trpc: ReturnType<typeof createTRPCOptionsProxy<AppRouter>>) => void): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://localhost/api/trpc" })] });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  fill(queryClient, trpc);
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n("nb", { plugins: [initReactI18next] })}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const form = (heldOn: string) => (
  <AdoptForm councilId="c1" initial={{ heldOn, meetingId: "", body: "", caseNumber: "", text: "" }} pending={false}
    onSubmit={async () => undefined} onCancel={() => undefined} />
);

describe("adopting in the council's meeting of that day", () => {
  it("offers the meeting already held on the date, chosen, instead of a new one", () => {
    const html = render(form("2022-03-11"), (cache, trpc) => {
      cache.setQueryData(trpc.meetings.list.queryKey({ councilId: "c1", from: "2022-03-11", to: "2022-03-11", limit: 20 }), { total: 1, items: [meeting], viewer: { record: { allowed: true, reason: null } } });
    });
    expect(html).toContain("Rådet har allerede et møte denne datoen.");
    expect(html).toMatch(/<input[^>]*value="m1"[^>]*checked=""|<input[^>]*checked=""[^>]*value="m1"/);
    expect(html).toContain("I Rådsmøte 11. mars 2022");
    expect(html).toContain("I et nytt møte");
    // The meeting has its body; the form does not ask for it again.
    expect(html).not.toContain('id="adopt-body"');
  });

  it("asks for the body of a new meeting when the council has none that day", () => {
    const html = render(form("2022-03-12"), (cache, trpc) => {
      cache.setQueryData(trpc.meetings.list.queryKey({ councilId: "c1", from: "2022-03-12", to: "2022-03-12", limit: 20 }), { total: 0, items: [], viewer: { record: { allowed: true, reason: null } } });
    });
    expect(html).not.toContain("adopt-meeting");
    expect(html).toContain('id="adopt-body"');
  });

  it("takes the reader's choice, the day's first meeting until then, and none for a new one", () => {
    const other = { ...meeting, id: "m2", title: "Ekstraordinært møte" };
    expect(chosenMeeting([meeting, other], null)?.id).toBe("m1");
    expect(chosenMeeting([meeting, other], "m2")?.id).toBe("m2");
    expect(chosenMeeting([meeting, other], "new")).toBeNull();
    expect(chosenMeeting([], null)).toBeNull();
  });
});

describe("the note that the previous version is superseded", () => {
  const draft = {
    id: "p2", title: "Handlingsprogram 2024–2025", status: "draft", revision: 1, predecessorId: null, adoption: null,
    owner: { id: "c1", name: "Hamarregionen", kind: "regional_council", country: "NO", languageForm: "nb", slug: null },
  } as unknown as ProgrammeDetail;
  const page = (detail: ProgrammeDetail, predecessor?: ProgrammeDetail) =>
    render(<AdoptPage id="p2" />, (cache, trpc) => {
      cache.setQueryData(trpc.programmes.get.queryKey({ id: "p2" }), detail);
      if (predecessor) cache.setQueryData(trpc.programmes.get.queryKey({ id: predecessor.id }), predecessor);
    });

  it("is left out for a first version, which supersedes nothing", () => {
    expect(page(draft)).not.toContain("Forrige versjon blir erstattet.");
  });

  it("is given for a revision", () => {
    const previous = { ...draft, id: "p1", status: "adopted" } as ProgrammeDetail;
    expect(page({ ...draft, revision: 2, predecessorId: "p1" } as ProgrammeDetail, previous)).toContain("Forrige versjon blir erstattet.");
  });
});
