import { describe, expect, it } from "vitest";
import { createAgendaItem, createAgreement, createMeasure, createMeeting, createProgramme, getTestDb } from "../testing/index.js";
import { listDecisionLinks, listDecisionsAbout, listLinkTargetOwners, replaceDecisionLinks } from "./decision-link.repository.js";
import { insertDecision } from "./meeting.repository.js";

async function decisionWithTargets() {
  const db = await getTestDb();
  const meeting = await createMeeting(db);
  const item = await createAgendaItem(db, { meetingId: meeting.id, caseNumber: "13/22" });
  const { programme } = await createProgramme(db, { ownerId: meeting.councilId, focusAreaCount: 0 });
  const measure = await createMeasure(db, { programmeId: programme.id, title: "Regional ladestruktur" });
  const { agreement } = await createAgreement(db, { partyIds: [meeting.councilId] });
  const decision = await insertDecision(db, { agendaItemId: item.id, text: "Tiltaket startes.", decidedOn: meeting.heldOn });
  return { db, meeting, programme, measure, agreement, decision };
}

describe("decision links", () => {
  it("lists what a decision concerns in the order given, with where each thing sits", async () => {
    const { db, meeting, programme, measure, agreement, decision } = await decisionWithTargets();
    await replaceDecisionLinks(db, decision.id, [
      { kind: "measure", id: measure.id }, { kind: "agreement", id: agreement.id }, { kind: "programme", id: programme.id },
    ]);
    const links = await listDecisionLinks(db, [decision.id]);
    expect(links.map((link) => [link.kind, link.id])).toEqual([["measure", measure.id], ["agreement", agreement.id], ["programme", programme.id]]);
    expect(links[0]).toMatchObject({ title: "Regional ladestruktur", programmeId: programme.id, programmeOwnerId: meeting.councilId, measureScope: "shared" });
    expect(links[1]).toMatchObject({ countyId: agreement.countyId, published: false });
  });

  it("replaces the links as a whole", async () => {
    const { db, programme, measure, decision } = await decisionWithTargets();
    await replaceDecisionLinks(db, decision.id, [{ kind: "measure", id: measure.id }]);
    await replaceDecisionLinks(db, decision.id, [{ kind: "programme", id: programme.id }]);
    expect((await listDecisionLinks(db, [decision.id])).map((link) => link.kind)).toEqual(["programme"]);
    await replaceDecisionLinks(db, decision.id, []);
    expect(await listDecisionLinks(db, [decision.id])).toEqual([]);
  });

  it("finds the decisions about a thing, a programme's adoption among them", async () => {
    const { db, meeting, programme, measure, decision } = await decisionWithTargets();
    const adoptionItem = await createAgendaItem(db, { meetingId: meeting.id, caseNumber: "12/22" });
    const adoption = await insertDecision(db, {
      agendaItemId: adoptionItem.id, text: "Programmet vedtas.", decidedOn: meeting.heldOn, adoptsProgrammeId: programme.id,
    });
    await replaceDecisionLinks(db, decision.id, [{ kind: "measure", id: measure.id }, { kind: "programme", id: programme.id }]);

    const aboutProgramme = await listDecisionsAbout(db, { kind: "programme", id: programme.id });
    expect(aboutProgramme.map((row) => [row.caseNumber, row.adopts])).toEqual([["12/22", true], ["13/22", false]]);
    expect(aboutProgramme[0]).toMatchObject({ decisionId: adoption.id, meetingId: meeting.id, councilId: meeting.councilId });
    expect((await listDecisionsAbout(db, { kind: "measure", id: measure.id })).map((row) => row.decisionId)).toEqual([decision.id]);
  });

  it("tells whose each named thing is, leaving out what does not exist", async () => {
    const { db, meeting, programme, measure, agreement } = await decisionWithTargets();
    const owners = await listLinkTargetOwners(db, [
      { kind: "programme", id: programme.id }, { kind: "measure", id: measure.id }, { kind: "agreement", id: agreement.id },
      { kind: "measure", id: "00000000-0000-4000-8000-000000000000" },
    ]);
    expect(owners).toEqual(expect.arrayContaining([
      { kind: "programme", id: programme.id, ownerIds: [meeting.councilId] },
      { kind: "measure", id: measure.id, ownerIds: [meeting.councilId] },
      { kind: "agreement", id: agreement.id, ownerIds: expect.arrayContaining([agreement.countyId, meeting.councilId]) },
    ]));
    expect(owners).toHaveLength(3);
  });
});
