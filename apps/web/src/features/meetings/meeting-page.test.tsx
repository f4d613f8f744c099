import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { MeetingPage } from "./meeting-page";
import type { MeetingDetail } from "./types";
import type { CurrentUser } from "../auth/use-auth";

const allowed = { allowed: true, reason: null };
const meeting: MeetingDetail = {
  id: "m1", councilId: "c1", councilName: "Hamarregionen IPR", body: "Regionrådet", title: "Rådsmøte 11. mars 2022", heldOn: "2022-03-11",
  location: "Hamar rådhus", published: true, version: 1, viewer: { record: allowed },
  agendaItems: [
    { id: "i2", meetingId: "m1", caseNumber: "12/22", title: "Handlingsprogram 2022–2023", description: "", position: 2, version: 1,
      decisions: [{ id: "d2", text: "Regionrådet vedtar handlingsprogrammet.", decidedOn: "2022-03-11", published: true, version: 1,
        adopts: { programmeId: "p1", title: "Handlingsprogram 2022–2023", revision: 1, status: "adopted" },
        links: [{ kind: "measure", id: "m9", title: "Regional ladestruktur", revision: null }] }] },
    { id: "i1", meetingId: "m1", caseNumber: "10/22", title: "Godkjenning av innkalling", description: "", position: 1, version: 1, decisions: [] },
  ],
};

const secretariat = { role: "secretariat", scope: { councilIds: ["c1"], municipalityIds: [] } } as unknown as CurrentUser;
const member = { role: "council_member", scope: { councilIds: ["c1"], municipalityIds: [] } } as unknown as CurrentUser;

function render(user: CurrentUser | null = null) {
  // The server answers what the reader may do; here, the secretariat may record and the others may not.
  const record = user?.role === "secretariat" ? allowed : { allowed: false, reason: user ? "role_not_allowed" : "sign_in_required" };
  return renderFromCache(
    "nb",
    (trpc, client) => {
      client.setQueryData(trpc.meetings.get.queryKey({ id: "m1" }), { ...meeting, viewer: { record } });
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

  it("links a decision to the programme it adopted and to what it concerns", () => {
    const html = render();
    expect(html).toMatch(/<a[^>]*href="\/programmes\/p1"[^>]*>Handlingsprogram 2022–2023<\/a>/);
    expect(html).toMatch(/data-color="success"[^>]*>Vedtatt</);
    expect(html).toContain("Gjelder:");
    expect(html).toMatch(/<a[^>]*href="\/measures\/m9"[^>]*>Regional ladestruktur<\/a>/);
  });

  it("tells a reader who may not record why, in the council's name", () => {
    expect(render(member)).toContain("Bare sekretariatet i Hamarregionen IPR registrerer møter og vedtak.");
    expect(render()).not.toContain("Bare sekretariatet");
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
    expect(html).toContain("Endre hva sak 12/22 gjelder");
    const reader = render();
    expect(reader).not.toContain("Legg til sak");
    expect(reader).not.toContain("Avpubliser");
    expect(reader).not.toContain("Endre møtet");
    expect(reader).not.toContain("Fjern sak");
  });
});
