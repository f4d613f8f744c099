import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../../testing/harness.js";
import { ok } from "./programme-fixtures.js";

// PRODUCT.md walkthrough "Hamarregionen (seed 004)", through the API as the secretariat: the
// programme with seed 004's four focus areas and all sub-themes, a shared measure with a part
// per member, the council's adoption decision. The Word document is the documents issue's.

const SEED_004 = [
  { title: "Befolkningsvekst", heading: "Attraktivitet", subThemes: ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"] },
  { title: "Kompetanse og næringsutvikling", heading: "Utvikling", subThemes: ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"] },
  { title: "Profilering og markedsføring", heading: "Synliggjøring", subThemes: ["Identitet", "Tiltrekningskraft", "Kommunikasjon"] },
  { title: "Diskusjonsarena", heading: "Samarbeid", subThemes: ["Felles mål", "Felles innsats", "Større region"] },
];

interface AreaView {
  id: string;
  title: string;
  heading: string | null;
  children: AreaView[];
  goals: Array<{ title: string }>;
  measures: Array<{ id: string; title: string; scope: string; partCount: number }>;
}

describe("walkthrough: Hamarregionen", () => {
  it("the secretariat opens the programme, adds a shared measure and records the adoption", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 4 });
    const { cookie } = await signedInUser("secretariat", council.id);

    const strategy = await ok<{ id: string }>("mutation", "strategies.create", {
      ownerId: council.id, title: "Strategi for Hamarregionen", vision: "Innlandets foretrukne bo- og arbeidsregion",
    }, cookie);
    const programme = await ok<{ id: string; status: string }>("mutation", "programmes.create", {
      ownerId: council.id, strategyId: strategy.id, title: "Handlingsprogram 2022–2023", periodStart: "2022-01-01", periodEnd: "2023-12-31",
    }, cookie);
    expect(programme.status).toBe("draft");

    const subThemeIds = new Map<string, string>();
    for (const [position, area] of SEED_004.entries()) {
      const added = await ok<{ id: string }>("mutation", "programmes.addFocusArea", {
        programmeId: programme.id, title: area.title, heading: area.heading, position,
      }, cookie);
      for (const [index, title] of area.subThemes.entries()) {
        const sub = await ok<{ id: string }>("mutation", "programmes.addFocusArea", {
          programmeId: programme.id, parentId: added.id, title, position: index,
        }, cookie);
        subThemeIds.set(title, sub.id);
      }
    }
    const samferdsel = subThemeIds.get("Samferdsel")!;
    const goal = await ok<{ id: string }>("mutation", "programmes.addGoal", {
      programmeId: programme.id, focusAreaId: samferdsel, title: "Regional ladeinfrastruktur på plass",
    }, cookie);
    expect(goal.id).toBeDefined();

    const measure = await ok<{ id: string }>("mutation", "measures.create", {
      programmeId: programme.id, focusAreaId: samferdsel, scope: "shared", ownerId: council.id, title: "Regional ladestruktur",
      goalIds: [goal.id], sdgGoals: [7, 11, 13],
    }, cookie);
    for (const municipality of municipalities) {
      await ok("mutation", "measures.addPart", {
        measureId: measure.id, municipalityId: municipality.id, description: "Ladepunkter ved kommunale bygg",
      }, cookie);
    }

    const meeting = await ok<{ id: string }>("mutation", "meetings.create", {
      councilId: council.id, body: "Regionrådet", title: "Rådsmøte 2/2022", heldOn: "2022-03-11",
    }, cookie);
    const item = await ok<{ id: string }>("mutation", "meetings.addAgendaItem", {
      meetingId: meeting.id, caseNumber: "12/22", title: "Handlingsprogram 2022–2023",
    }, cookie);
    const decision = await ok<{ id: string; adoption: { status: string } }>("mutation", "meetings.recordDecision", {
      agendaItemId: item.id, text: "Regionrådet vedtar Handlingsprogram 2022–2023.", decidedOn: "2022-03-11", adoptsProgrammeId: programme.id,
    }, cookie);
    expect(decision.adoption.status).toBe("adopted");

    const view = await ok<{
      status: string; adoption: { caseNumber: string; body: string } | null; strategy: { vision: string } | null; focusAreas: AreaView[];
    }>("query", "programmes.get", { id: programme.id }, cookie);
    expect(view.status).toBe("adopted");
    expect(view.adoption).toMatchObject({ caseNumber: "12/22", body: "Regionrådet" });
    expect(view.strategy?.vision).toBe("Innlandets foretrukne bo- og arbeidsregion");
    expect(view.focusAreas.map((area) => [area.title, area.heading, area.children.map((child) => child.title)])).toEqual(
      SEED_004.map((area) => [area.title, area.heading, area.subThemes]),
    );
    const samferdselView = view.focusAreas[0]!.children.find((child) => child.title === "Samferdsel")!;
    expect(samferdselView.measures).toEqual([expect.objectContaining({ id: measure.id, scope: "shared", partCount: 4 })]);
    expect(samferdselView.goals.map((g) => g.title)).toEqual(["Regional ladeinfrastruktur på plass"]);

    const adoptedMeeting = await ok<{ agendaItems: Array<{ decisions: Array<{ adopts: { programmeId: string } | null }> }> }>(
      "query", "meetings.get", { id: meeting.id }, cookie,
    );
    expect(adoptedMeeting.agendaItems[0]?.decisions[0]?.adopts?.programmeId).toBe(programme.id);

    // Adopted is not yet public: the council publishes it, then anyone can read it.
    expect((await trpcQuery("programmes.get", { id: programme.id })).status).toBe(404);
    const current = await ok<{ version: number }>("query", "programmes.get", { id: programme.id }, cookie);
    await ok("mutation", "programmes.setPublished", { id: programme.id, version: current.version, published: true }, cookie);
    expect((await trpcQuery("programmes.get", { id: programme.id })).status).toBe(200);
  });
});
