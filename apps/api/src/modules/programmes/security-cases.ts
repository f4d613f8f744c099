import { insertFocusArea, insertGoal, insertProgrammeRole } from "@samspill/db";
import { getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import { adoptedProgramme, draftProgramme, programmeAt, revisionOf } from "./programme-fixtures.js";

// Every procedure on fresh programmes of the world's council, so each role meets its own
// council's drafts; other councils' actors meet them as strangers (NOT_FOUND).

const place = (world: SecurityWorld) => ({ councilId: world.council.id, countyId: world.county.id });
const draft = (world: SecurityWorld) => programmeAt(place(world), false);

async function onDraft(world: SecurityWorld) {
  const { programme, focusAreas, goals } = await draftProgramme(world.council.id, 1);
  return { programme, area: focusAreas[0]!, goal: goals[0]!, resource: draft(world) };
}

export const securityCases: SecurityCase[] = [
  { path: "programmes.list", arrange: async () => ({ input: {} }) },
  { path: "programmes.listOwn", arrange: async () => ({ input: undefined }) },
  {
    path: "programmes.get",
    arrange: async (world) => {
      const { programme, resource } = await onDraft(world);
      return { input: { id: programme.id }, resource };
    },
  },
  {
    // Everyone may list an owner; outsiders simply get the published part.
    path: "programmes.listByOwner",
    arrange: async (world) => ({ input: { ownerId: world.council.id }, resource: programmeAt(place(world), true) }),
  },
  {
    path: "programmes.create",
    arrange: async (world) => ({
      input: { ownerId: world.council.id, title: "Handlingsprogram 2026–2027", periodStart: "2026-01-01", periodEnd: "2027-12-31" },
      resource: draft(world),
    }),
  },
  {
    path: "programmes.update",
    arrange: async (world) => {
      const { programme, resource } = await onDraft(world);
      return { input: { id: programme.id, version: programme.version, title: "Nytt navn" }, resource };
    },
  },
  {
    path: "programmes.addFocusArea",
    arrange: async (world) => {
      const { programme, area, resource } = await onDraft(world);
      return { input: { programmeId: programme.id, parentId: area.id, title: "Samferdsel" }, resource };
    },
  },
  {
    path: "programmes.addStructure",
    arrange: async (world) => {
      const { programme, area, resource } = await onDraft(world);
      return { input: { programmeId: programme.id, items: [{ focusArea: area.title, heading: null, subTheme: "Samferdsel" }] }, resource };
    },
  },
  {
    path: "programmes.updateFocusArea",
    arrange: async (world) => {
      const { area, resource } = await onDraft(world);
      return { input: { id: area.id, version: area.version, heading: "Attraktivitet" }, resource };
    },
  },
  {
    path: "programmes.moveFocusArea",
    arrange: async (world) => {
      const { programme, area, resource } = await onDraft(world);
      const other = await insertFocusArea(await getTestDb(), { programmeId: programme.id, title: "Utvikling", position: 1 });
      return { input: { id: other.id, version: other.version, parentId: area.id, position: 0 }, resource };
    },
  },
  {
    path: "programmes.removeFocusArea",
    arrange: async (world) => {
      const { programme, resource } = await onDraft(world);
      const empty = await insertFocusArea(await getTestDb(), { programmeId: programme.id, title: "Tom", position: 1 });
      return { input: { id: empty.id, version: empty.version }, resource };
    },
  },
  {
    path: "programmes.addGoal",
    arrange: async (world) => {
      const { programme, area, resource } = await onDraft(world);
      return { input: { programmeId: programme.id, focusAreaId: area.id, title: "Flere arbeidsplasser" }, resource };
    },
  },
  {
    path: "programmes.addGoals",
    arrange: async (world) => {
      const { programme, area, resource } = await onDraft(world);
      return { input: { programmeId: programme.id, items: [{ title: "Flere arbeidsplasser", focusArea: area.title }] }, resource };
    },
  },
  {
    path: "programmes.updateGoal",
    arrange: async (world) => {
      const { goal, resource } = await onDraft(world);
      return { input: { id: goal.id, version: goal.version, title: "Endret mål" }, resource };
    },
  },
  {
    path: "programmes.removeGoal",
    arrange: async (world) => {
      const { programme, resource } = await onDraft(world);
      const goal = await insertGoal(await getTestDb(), { programmeId: programme.id, title: "Overflødig" });
      return { input: { id: goal.id, version: goal.version }, resource };
    },
  },
  {
    path: "programmes.setRole",
    arrange: async (world) => {
      const { programme, resource } = await onDraft(world);
      return { input: { programmeId: programme.id, organisationId: world.municipality.id, role: "contributor" }, resource };
    },
  },
  {
    path: "programmes.removeRole",
    arrange: async (world) => {
      const { programme, resource } = await onDraft(world);
      const role = await insertProgrammeRole(await getTestDb(), {
        programmeId: programme.id, organisationId: world.neighbour.id, role: "coordinator",
      });
      return { input: { id: role.id, version: role.version }, resource };
    },
  },
  {
    path: "programmes.setPublished",
    arrange: async (world) => {
      const programme = await adoptedProgramme(world.council.id);
      return { input: { id: programme.id, version: programme.version, published: true }, resource: draft(world) };
    },
  },
  {
    path: "programmes.startRevision",
    arrange: async (world) => {
      const programme = await adoptedProgramme(world.council.id);
      return { input: { id: programme.id, version: programme.version }, resource: draft(world) };
    },
  },
  {
    path: "programmes.copyForward",
    arrange: async (world) => {
      const programme = await adoptedProgramme(world.council.id);
      return {
        input: { programmeId: programme.id, version: programme.version, title: "Handlingsprogram 2028–2029", periodStart: "2028-01-01", periodEnd: "2029-12-31" },
        resource: draft(world),
      };
    },
  },
  {
    path: "programmes.diff",
    arrange: async (world) => {
      const revision = await revisionOf(await adoptedProgramme(world.council.id));
      return { input: { id: revision.id }, resource: draft(world) };
    },
  },
];
