import { insertDecision } from "@samspill/db";
import { createAgendaItem, createMeeting, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import { draftProgramme, meetingAt } from "../programmes/programme-fixtures.js";

// Every procedure on fresh, unpublished meetings of the world's council.

const resource = (world: SecurityWorld, published = false) =>
  meetingAt({ councilId: world.council.id, countyId: world.county.id }, published);

async function meetingOf(world: SecurityWorld) {
  return createMeeting(await getTestDb(), { councilId: world.council.id });
}

async function itemOf(world: SecurityWorld) {
  return createAgendaItem(await getTestDb(), { meetingId: (await meetingOf(world)).id });
}

export const securityCases: SecurityCase[] = [
  {
    // Everyone may list a council's meetings; outsiders get the published ones.
    path: "meetings.list",
    arrange: async (world) => ({ input: { councilId: world.council.id }, resource: resource(world, true) }),
  },
  { path: "meetings.get", arrange: async (world) => ({ input: { id: (await meetingOf(world)).id }, resource: resource(world) }) },
  {
    path: "meetings.create",
    arrange: async (world) => ({
      input: { councilId: world.council.id, body: "Regionrådet", title: "Rådsmøte 3/2025", heldOn: "2025-06-12" },
      resource: resource(world),
    }),
  },
  {
    path: "meetings.update",
    arrange: async (world) => {
      const meeting = await meetingOf(world);
      return { input: { id: meeting.id, version: meeting.version, location: "Hamar rådhus" }, resource: resource(world) };
    },
  },
  {
    path: "meetings.setPublished",
    arrange: async (world) => {
      const meeting = await meetingOf(world);
      return { input: { id: meeting.id, version: meeting.version, published: true }, resource: resource(world) };
    },
  },
  {
    path: "meetings.addAgendaItem",
    arrange: async (world) => ({
      input: { meetingId: (await meetingOf(world)).id, caseNumber: "12/23", title: "Handlingsprogram 2022–2023" },
      resource: resource(world),
    }),
  },
  {
    path: "meetings.updateAgendaItem",
    arrange: async (world) => {
      const item = await itemOf(world);
      return { input: { id: item.id, version: item.version, caseNumber: "13/23" }, resource: resource(world) };
    },
  },
  {
    path: "meetings.removeAgendaItem",
    arrange: async (world) => {
      const item = await itemOf(world);
      return { input: { id: item.id, version: item.version }, resource: resource(world) };
    },
  },
  {
    path: "meetings.recordDecision",
    arrange: async (world) => {
      const item = await itemOf(world);
      const { programme } = await draftProgramme(world.council.id, 0);
      return {
        input: { agendaItemId: item.id, text: "Handlingsprogrammet vedtas.", decidedOn: "2024-06-13", adoptsProgrammeId: programme.id },
        resource: resource(world),
      };
    },
  },
  {
    path: "meetings.setDecisionLinks",
    arrange: async (world) => {
      const item = await itemOf(world);
      const { programme } = await draftProgramme(world.council.id, 0);
      const decision = await insertDecision(await getTestDb(), { agendaItemId: item.id, text: "Saken tas til orientering.", decidedOn: "2024-06-13" });
      return {
        input: { id: decision.id, version: decision.version, links: [{ kind: "programme", id: programme.id }] },
        resource: resource(world),
      };
    },
  },
];
