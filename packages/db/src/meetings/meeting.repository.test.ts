import { describe, expect, it } from "vitest";
import { createAgendaItem, createMeeting, createProgramme, getTestDb } from "../testing/index.js";
import {
  findDecisionAdoptingProgramme,
  findMeetingWithAgenda,
  insertDecision,
  listMeetingsByCouncil,
} from "./meeting.repository.js";

describe("meetings", () => {
  it("fetches a meeting with its agenda items and their decisions", async () => {
    const db = await getTestDb();
    const meeting = await createMeeting(db);
    const first = await createAgendaItem(db, { meetingId: meeting.id, position: 0 });
    const second = await createAgendaItem(db, { meetingId: meeting.id, position: 1 });
    const { programme } = await createProgramme(db, { ownerId: meeting.councilId, focusAreaCount: 0 });
    const decision = await insertDecision(db, {
      agendaItemId: second.id,
      text: "Handlingsprogrammet vedtas.",
      decidedOn: meeting.heldOn,
      adoptsProgrammeId: programme.id,
    });

    const result = await findMeetingWithAgenda(db, meeting.id);

    expect(result?.agendaItems.map((item) => [item.id, item.decisions.map((d) => d.id)])).toEqual([
      [first.id, []],
      [second.id, [decision.id]],
    ]);
    expect((await findDecisionAdoptingProgramme(db, programme.id))?.id).toBe(decision.id);
  });

  it("shows only published meetings to the public", async () => {
    const db = await getTestDb();
    const published = await createMeeting(db, { published: true, heldOn: "2024-03-01" });
    const internal = await createMeeting(db, { councilId: published.councilId, heldOn: "2024-09-01" });

    const all = await listMeetingsByCouncil(db, published.councilId);
    const forPublic = await listMeetingsByCouncil(db, published.councilId, { publishedOnly: true });

    expect(all.map((m) => m.id)).toEqual([internal.id, published.id]);
    expect(forPublic.map((m) => m.id)).toEqual([published.id]);
  });
});
