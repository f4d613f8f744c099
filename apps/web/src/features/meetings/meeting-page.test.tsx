import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { MeetingPage } from "./meeting-page";
import type { MeetingDetail } from "./types";
import type { CurrentUser } from "../auth/use-auth";

const meeting: MeetingDetail = {
  id: "m1", councilId: "c1", body: "Regionrådet", title: "Rådsmøte 11. mars 2022", heldOn: "2022-03-11",
  location: "Hamar rådhus", published: true, version: 1,
  agendaItems: [
    { id: "i2", meetingId: "m1", caseNumber: "12/22", title: "Handlingsprogram 2022–2023", description: "", position: 2, version: 1,
      decisions: [{ id: "d2", text: "Regionrådet vedtar handlingsprogrammet.", decidedOn: "2022-03-11", published: true, version: 1,
        adopts: { programmeId: "p1", title: "Handlingsprogram 2022–2023", revision: 1, status: "adopted" } }] },
    { id: "i1", meetingId: "m1", caseNumber: "10/22", title: "Godkjenning av innkalling", description: "", position: 1, version: 1, decisions: [] },
  ],
};

const secretariat = { role: "secretariat", scope: { councilIds: ["c1"], municipalityIds: [] } } as unknown as CurrentUser;

function render(user: CurrentUser | null = null) {
  return renderFromCache(
    "nb",
    (trpc, client) => {
      client.setQueryData(trpc.meetings.get.queryKey({ id: "m1" }), meeting);
      client.setQueryData(trpc.auth.me.queryKey(), user);
    },
    <MeetingPage id="m1" />,
  );
}

describe("MeetingPage", () => {
  it("lists the agenda in order with case numbers", () => {
    const html = render();
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html.indexOf("Sak 10/22")).toBeLessThan(html.indexOf("Sak 12/22"));
    expect(html).toContain("Ikke noe vedtak registrert.");
  });

  it("links a decision to the programme it adopted", () => {
    const html = render();
    expect(html).toMatch(/<a[^>]*href="\/programmes\/p1"[^>]*>Handlingsprogram 2022–2023<\/a>/);
    expect(html).toMatch(/data-color="success"[^>]*>Vedtatt</);
  });

  it("gives the council's secretariat the recording forms, and readers none", () => {
    const html = render(secretariat);
    expect(html).toContain(">Avpubliser møtet og vedtakene</button>");
    expect(html).toContain("Legg til sak");
    expect(html.match(/Registrer vedtak/g)).toHaveLength(2);
    expect(html).toMatch(/<label[^>]*for="new-item-caseNumber"[^>]*>Saksnummer<\/label>/);
    expect(html).toContain(">Endre møtet</button>");
    expect(html).toMatch(/aria-label="Endre sak 10\/22"[^>]*>Endre<\/button>/);
    expect(html).toMatch(/aria-label="Fjern sak 12\/22"[^>]*>Fjern<\/button>/);
    const reader = render();
    expect(reader).not.toContain("Legg til sak");
    expect(reader).not.toContain("Avpubliser");
    expect(reader).not.toContain("Endre møtet");
    expect(reader).not.toContain("Fjern sak");
  });
});
