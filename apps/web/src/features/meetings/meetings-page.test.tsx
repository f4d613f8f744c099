import { describe, expect, it } from "vitest";
import { renderFromCache } from "../dashboards/render-from-cache.test-util";
import { MeetingsPage } from "./meetings-page";

const council = {
  id: "c1", name: "Hamarregionen", kind: "regional_council" as const, country: "NO" as const, slug: "hamarregionen", hasProgrammes: true,
  viewer: { createProgramme: { allowed: true, reason: null } },
};
const secretariat = {
  id: "u1", name: "Kari", email: "k@demo.samspill.no", role: "secretariat" as const, language: "nb" as const,
  organisation: { id: "c1", name: "Hamarregionen", kind: "regional_council" as const, country: "NO" as const, languageForm: "nb" as const },
  scope: { councilIds: ["c1"], municipalityIds: [], countyIds: [] },
};

/** The council's meetings page as the server answers `meetings.list`, with its word on recording. */
function render(record: { allowed: boolean; reason: string | null }) {
  return renderFromCache("nb", (trpc, client) => {
    client.setQueryData(trpc.auth.me.queryKey(), secretariat);
    client.setQueryData(trpc.navigation.get.queryKey(), { areas: ["programmes", "meetings"], councils: [council] });
    client.setQueryData(trpc.meetings.list.queryKey({ councilId: "c1", limit: 200, offset: 0 }), { total: 0, items: [], viewer: { record } });
  }, <MeetingsPage />);
}

describe("MeetingsPage", () => {
  it("offers a new meeting where the server says the reader records the council's meetings, and not from the role", () => {
    expect(render({ allowed: true, reason: null })).toContain("Nytt møte");
    expect(render({ allowed: false, reason: "not_own_council" })).not.toContain("Nytt møte");
  });
});
