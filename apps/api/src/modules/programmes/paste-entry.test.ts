import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { adoptedProgramme, draftProgramme, ok } from "./programme-fixtures.js";

// Structure, goals and measures pasted as lines: all written in the order pasted, or none, with
// every refused line named by its item and field.

interface Area {
  id: string;
  title: string;
  heading: string | null;
  children: Area[];
  goals: Array<{ title: string }>;
  measures: Array<{ title: string; scope: string; ownerName: string; responsiblePerson: string }>;
}
interface View {
  focusAreas: Area[];
  unassignedGoals: Array<{ title: string }>;
  unassignedMeasures: Array<{ title: string; scope: string; ownerId: string }>;
}

async function secretariat() {
  const { council, municipalities } = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
  const { cookie } = await signedInUser("secretariat", council.id);
  const { programme, focusAreas } = await draftProgramme(council.id, 1);
  return { council, municipalities, cookie, programme, existing: focusAreas[0]! };
}

const view = (id: string, cookie: string) => ok<View>("query", "programmes.get", { id }, cookie);
const auditCount = async (action: string, organisationId: string) =>
  (await (await getTestDb()).selectFrom("auditEvent").select("id").where("action", "=", action).where("organisationId", "=", organisationId).execute()).length;

describe("programmes.addStructure", () => {
  it("creates focus areas with headings and sub-themes in order, adding to an area the programme has", async () => {
    const { council, cookie, programme, existing } = await secretariat();
    await ok("mutation", "programmes.addStructure", {
      programmeId: programme.id,
      items: [
        { focusArea: "Befolkningsvekst", heading: "Attraktivitet", subTheme: "Samferdsel" },
        { focusArea: "Befolkningsvekst", heading: null, subTheme: "Internasjonalt miljø" },
        { focusArea: existing.title.toUpperCase(), heading: null, subTheme: "Felles mål" },
        { focusArea: "Diskusjonsarena", heading: "Samarbeid", subTheme: null },
      ],
    }, cookie);
    const { focusAreas } = await view(programme.id, cookie);
    expect(focusAreas.map((area) => [area.title, area.heading, area.children.map((child) => child.title)])).toEqual([
      [existing.title, existing.heading, ["Felles mål"]],
      ["Befolkningsvekst", "Attraktivitet", ["Samferdsel", "Internasjonalt miljø"]],
      ["Diskusjonsarena", "Samarbeid", []],
    ]);
    expect(await auditCount("focus_area.added", council.id)).toBe(5);
  });

  it("refuses the whole paste with every problem at its item and field, and writes nothing", async () => {
    const { cookie, programme, existing } = await secretariat();
    await ok("mutation", "programmes.addStructure", { programmeId: programme.id, items: [{ focusArea: existing.title, heading: null, subTheme: "Samferdsel" }] }, cookie);
    const refused = await trpcMutation("programmes.addStructure", {
      programmeId: programme.id,
      items: [
        { focusArea: "Ny", heading: null, subTheme: "Gyldig" },
        { focusArea: existing.title, heading: null, subTheme: "samferdsel" },
        { focusArea: "Ny", heading: null, subTheme: "gyldig" },
      ],
    }, { cookie });
    expect(refused.status).toBe(400);
    const exists = (path: string) => expect.objectContaining({ path, params: expect.objectContaining({ reason: "subTheme_exists" }) });
    expect(refused.body.error?.data.issues).toEqual([exists("items.1.subTheme"), exists("items.2.subTheme")]);
    const tooLong = await trpcMutation("programmes.addStructure", { programmeId: programme.id, items: [{ focusArea: "x".repeat(301), heading: null, subTheme: null }] }, { cookie });
    expect(tooLong.body.error?.data.issues?.[0]).toMatchObject({ path: "items.0.focusArea", code: "too_big" });
    expect((await view(programme.id, cookie)).focusAreas.map((area) => area.title)).toEqual([existing.title]);
  });

  it("refuses an adopted programme's structure", async () => {
    const { council, cookie } = await secretariat();
    const adopted = await adoptedProgramme(council.id);
    const refused = await trpcMutation("programmes.addStructure", { programmeId: adopted.id, items: [{ focusArea: "Ny", heading: null, subTheme: null }] }, { cookie });
    expect(refused.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE" });
  });
});

describe("programmes.addGoals", () => {
  it("adds goals after the existing ones in the order entered, each under the area it names", async () => {
    const { council, cookie, programme, existing } = await secretariat();
    await ok("mutation", "programmes.addGoal", { programmeId: programme.id, focusAreaId: existing.id, title: "Først" }, cookie);
    const titles = ["Åtte tusen nye innbyggere", "Bedre samferdsel", "Alle med"];
    await ok("mutation", "programmes.addGoals", {
      programmeId: programme.id, items: titles.map((title) => ({ title, focusArea: existing.title.toLowerCase() })),
    }, cookie);
    await ok("mutation", "programmes.addGoals", { programmeId: programme.id, items: [{ title: "For hele programmet", focusArea: null }] }, cookie);
    await ok("mutation", "programmes.addGoal", { programmeId: programme.id, focusAreaId: existing.id, title: "Sist" }, cookie);
    const after = await view(programme.id, cookie);
    const area = after.focusAreas.find((candidate) => candidate.id === existing.id)!;
    expect(area.goals.map((goal) => goal.title).filter((title) => ["Først", "Sist", ...titles].includes(title))).toEqual(["Først", ...titles, "Sist"]);
    expect(after.unassignedGoals.map((goal) => goal.title)).toEqual(["For hele programmet"]);
    expect(await auditCount("goal.added", council.id)).toBeGreaterThanOrEqual(6);
  });

  it("refuses a focus area name the programme does not have at its line", async () => {
    const { cookie, programme } = await secretariat();
    const refused = await trpcMutation("programmes.addGoals", {
      programmeId: programme.id, items: [{ title: "Et mål", focusArea: null }, { title: "Et annet", focusArea: "Finnes ikke" }],
    }, { cookie });
    expect(refused.body.error?.data.issues).toEqual([expect.objectContaining({ path: "items.1.focusArea", params: expect.objectContaining({ reason: "focusArea_unknown" }) })]);
    expect((await view(programme.id, cookie)).unassignedGoals).toEqual([]);
  });
});

describe("measures.createMany", () => {
  it("creates shared measures and local ones for the member municipality named, after the existing ones", async () => {
    const { council, municipalities, cookie, programme, existing } = await secretariat();
    const [member] = municipalities;
    await ok("mutation", "measures.createMany", {
      programmeId: programme.id,
      items: [
        { title: "Regional ladeinfrastruktur", focusArea: existing.title, responsibleOrganisation: null, responsiblePerson: "Kari Nordmann" },
        { title: "Lærlingplasser", focusArea: existing.title, responsibleOrganisation: member!.name.toUpperCase(), responsiblePerson: "" },
        { title: "Mjøsbysamarbeidet", focusArea: null, responsibleOrganisation: council.name, responsiblePerson: "" },
      ],
    }, cookie);
    const after = await view(programme.id, cookie);
    const area = after.focusAreas.find((candidate) => candidate.id === existing.id)!;
    const pasted = area.measures.filter((measure) => ["Regional ladeinfrastruktur", "Lærlingplasser"].includes(measure.title));
    expect(pasted.map((measure) => [measure.title, measure.scope, measure.ownerName, measure.responsiblePerson])).toEqual([
      ["Regional ladeinfrastruktur", "shared", council.name, "Kari Nordmann"],
      ["Lærlingplasser", "local", member!.name, ""],
    ]);
    expect(after.unassignedMeasures.map((measure) => [measure.title, measure.scope])).toEqual([["Mjøsbysamarbeidet", "shared"]]);
  });

  it("refuses unknown names at their line and column and writes none of the measures", async () => {
    const { cookie, programme } = await secretariat();
    const before = await view(programme.id, cookie);
    const count = (tree: View) => tree.unassignedMeasures.length + tree.focusAreas.reduce((sum, area) => sum + area.measures.length, 0);
    const refused = await trpcMutation("measures.createMany", {
      programmeId: programme.id,
      items: [
        { title: "Gyldig", focusArea: null, responsibleOrganisation: null, responsiblePerson: "" },
        { title: "Ukjent kommune", focusArea: null, responsibleOrganisation: "Atlantis", responsiblePerson: "" },
        { title: "Ukjent område", focusArea: "Ingensteds", responsibleOrganisation: null, responsiblePerson: "" },
      ],
    }, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["items.1.responsibleOrganisation", "items.2.focusArea"]);
    expect(count(await view(programme.id, cookie))).toBe(count(before));
  });
});
