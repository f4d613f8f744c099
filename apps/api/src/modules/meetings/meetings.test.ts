import { describe, expect, it } from "vitest";
import { findProgrammeById } from "@samspill/db";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { adoptedProgramme, draftProgramme, ok, revisionOf } from "../programmes/programme-fixtures.js";

async function secretariatWithMeeting() {
  const { council } = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
  const { cookie } = await signedInUser("secretariat", council.id);
  const meeting = await ok<{ id: string; version: number }>("mutation", "meetings.create", {
    councilId: council.id, body: "Regionrådet", title: "Rådsmøte", heldOn: "2023-03-10",
  }, cookie);
  const item = await ok<{ id: string; version: number }>("mutation", "meetings.addAgendaItem", {
    meetingId: meeting.id, caseNumber: "12/23", title: "Handlingsprogram",
  }, cookie);
  return { council, cookie, meeting, item };
}

describe("meetings and agenda items", () => {
  it("keeps case numbers unique per meeting", async () => {
    const { cookie, meeting, item } = await secretariatWithMeeting();
    const twice = await trpcMutation("meetings.addAgendaItem", { meetingId: meeting.id, caseNumber: "12/23", title: "Igjen" }, { cookie });
    expect(twice.status).toBe(409);
    expect(twice.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "case_number_taken", params: { caseNumber: "12/23" } });
    const other = await ok<{ id: string; version: number }>("mutation", "meetings.addAgendaItem", { meetingId: meeting.id, caseNumber: "13/23", title: "Neste" }, cookie);
    const renumber = await trpcMutation("meetings.updateAgendaItem", { id: other.id, version: other.version, caseNumber: "12/23" }, { cookie });
    expect(renumber.status).toBe(409);
    const retitled = await ok<{ caseNumber: string; version: number }>("mutation", "meetings.updateAgendaItem", { id: item.id, version: item.version, title: "Nytt" }, cookie);
    expect(retitled).toMatchObject({ caseNumber: "12/23", version: item.version + 1 });
  });

  it("shows the public only published meetings, with their decisions", async () => {
    const { council, cookie, meeting, item } = await secretariatWithMeeting();
    await ok("mutation", "meetings.recordDecision", { agendaItemId: item.id, text: "Tatt til orientering.", decidedOn: "2023-03-10" }, cookie);
    expect((await trpcQuery("meetings.get", { id: meeting.id })).status).toBe(404);
    expect((await ok<{ total: number }>("query", "meetings.list", { councilId: council.id })).total).toBe(0);
    expect((await ok<{ total: number }>("query", "meetings.list", { councilId: council.id }, cookie)).total).toBe(1);

    await ok("mutation", "meetings.setPublished", { id: meeting.id, version: meeting.version, published: true }, cookie);
    const seen = await ok<{ agendaItems: Array<{ decisions: Array<{ text: string; published: boolean }> }> }>("query", "meetings.get", { id: meeting.id });
    expect(seen.agendaItems[0]?.decisions).toEqual([expect.objectContaining({ text: "Tatt til orientering.", published: true })]);
    expect((await ok<{ total: number }>("query", "meetings.list", { councilId: council.id })).total).toBe(1);
  });

  it("refuses to remove an agenda item whose decision adopted a programme", async () => {
    const { council, cookie, item } = await secretariatWithMeeting();
    const { programme } = await draftProgramme(council.id);
    await ok("mutation", "meetings.recordDecision", { agendaItemId: item.id, text: "Vedtatt.", decidedOn: "2023-03-10", adoptsProgrammeId: programme.id }, cookie);
    const removal = await trpcMutation("meetings.removeAgendaItem", { id: item.id, version: item.version }, { cookie });
    expect(removal.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "agenda_item_adopted_programme" });
  });
});

describe("two people editing one meeting", () => {
  type MeetingView = { title: string; location: string | null; body: string; heldOn: string; version: number };

  it("changes only the fields sent, so another person's change to a field this one did not touch survives", async () => {
    const { cookie, meeting } = await secretariatWithMeeting();
    const read = () => ok<MeetingView>("query", "meetings.get", { id: meeting.id }, cookie);
    const personA = await read();
    const personB = await read();
    await ok("mutation", "meetings.update", { id: meeting.id, version: personB.version, location: "Gjøvik rådhus" }, cookie);

    const stale = await trpcMutation("meetings.update", { id: meeting.id, version: personA.version, title: "Rådsmøte i mars" }, { cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "version_mismatch" });
    expect(await read()).toMatchObject({ title: "Rådsmøte", location: "Gjøvik rådhus" });

    // "Apply again": only A's change, at the version read now.
    const latest = await read();
    await ok("mutation", "meetings.update", { id: meeting.id, version: latest.version, title: "Rådsmøte i mars" }, cookie);
    expect(await read()).toMatchObject({
      title: "Rådsmøte i mars", location: "Gjøvik rådhus", body: "Regionrådet", heldOn: "2023-03-10", version: personA.version + 2,
    });
  });

  it("does the same for a case on the agenda", async () => {
    const { cookie, meeting, item } = await secretariatWithMeeting();
    await ok("mutation", "meetings.updateAgendaItem", { id: item.id, version: item.version, description: "Forslag fra arbeidsutvalget." }, cookie);
    const stale = await trpcMutation("meetings.updateAgendaItem", { id: item.id, version: item.version, title: "Handlingsprogram 2024–2027" }, { cookie });
    expect(stale.body.error?.data).toMatchObject({ reason: "version_mismatch" });
    await ok("mutation", "meetings.updateAgendaItem", { id: item.id, version: item.version + 1, title: "Handlingsprogram 2024–2027" }, cookie);
    const view = await ok<{ agendaItems: Array<{ caseNumber: string; title: string; description: string }> }>("query", "meetings.get", { id: meeting.id }, cookie);
    expect(view.agendaItems[0]).toMatchObject({ caseNumber: "12/23", title: "Handlingsprogram 2024–2027", description: "Forslag fra arbeidsutvalget." });
  });
});

describe("a decision that adopts a programme", () => {
  it("adopts the council's draft and supersedes the version it revises, in one step", async () => {
    const { council, cookie, item } = await secretariatWithMeeting();
    const previous = await adoptedProgramme(council.id);
    const revision = await revisionOf(previous);
    const decision = await ok<{ id: string; adoption: unknown }>("mutation", "meetings.recordDecision", {
      agendaItemId: item.id, text: "Revidert program vedtas.", decidedOn: "2023-03-10", adoptsProgrammeId: revision.id,
    }, cookie);
    expect(decision.adoption).toEqual({ programmeId: revision.id, status: "adopted", supersededId: previous.id });
    const db = await getTestDb();
    expect(await findProgrammeById(db, revision.id)).toMatchObject({ status: "adopted", adoptedDecisionId: decision.id });
    expect((await findProgrammeById(db, previous.id))?.status).toBe("superseded");
  });

  it("refuses a programme that is not a draft, or not the council's, and writes nothing", async () => {
    const { council, cookie, meeting, item } = await secretariatWithMeeting();
    const adopted = await adoptedProgramme(council.id);
    const again = await trpcMutation("meetings.recordDecision", { agendaItemId: item.id, text: "X", decidedOn: "2023-03-10", adoptsProgrammeId: adopted.id }, { cookie });
    expect(again.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "programme_not_draft" });
    const { programme: foreign } = await draftProgramme((await createCouncilWithMembers(await getTestDb(), { memberCount: 0 })).council.id);
    const other = await trpcMutation("meetings.recordDecision", { agendaItemId: item.id, text: "X", decidedOn: "2023-03-10", adoptsProgrammeId: foreign.id }, { cookie });
    expect(other.status).toBe(404);
    const view = await ok<{ agendaItems: Array<{ decisions: unknown[] }> }>("query", "meetings.get", { id: meeting.id }, cookie);
    expect(view.agendaItems[0]?.decisions).toEqual([]);
    expect((await findProgrammeById(await getTestDb(), foreign.id))?.status).toBe("draft");
  });
});
