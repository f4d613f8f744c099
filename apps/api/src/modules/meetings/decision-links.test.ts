import { describe, expect, it } from "vitest";
import { createAgreement, createCouncilWithMembers, createMeasure, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";
import { adoptedProgramme, ok } from "../programmes/programme-fixtures.js";

// A council's decision links to the programmes, measures and agreements it concerns, and each
// of them lists the decision back — to whoever may read both.

async function councilWithMeeting() {
  const db = await getTestDb();
  const { council, county } = await createCouncilWithMembers(db, { memberCount: 1 });
  const { cookie } = await signedInUser("secretariat", council.id);
  const programme = await adoptedProgramme(council.id, true);
  const measure = await createMeasure(db, { programmeId: programme.id, title: "Regional ladestruktur" });
  const { agreement } = await createAgreement(db, { countyId: county.id, partyIds: [council.id] });
  const meeting = await ok<{ id: string; version: number }>("mutation", "meetings.create", {
    councilId: council.id, body: "Regionrådet", title: "Rådsmøte", heldOn: "2022-03-11",
  }, cookie);
  const item = await ok<{ id: string }>("mutation", "meetings.addAgendaItem", { meetingId: meeting.id, caseNumber: "13/22", title: "Regional ladestruktur" }, cookie);
  return { council, county, cookie, programme, measure, agreement, meeting, item };
}

type Decisions = { decisions: Array<{ caseNumber: string; meetingId: string; adopts: boolean }> };

describe("decision links", () => {
  it("records what a decision concerns and lists it on the meeting and on each thing", async () => {
    const { cookie, programme, measure, agreement, meeting, item } = await councilWithMeeting();
    const links = [{ kind: "measure", id: measure.id }, { kind: "agreement", id: agreement.id }];
    const decision = await ok<{ id: string; version: number }>("mutation", "meetings.recordDecision", {
      agendaItemId: item.id, text: "Regionrådet starter tiltaket.", decidedOn: "2022-03-11", links,
    }, cookie);

    const seen = await ok<{ agendaItems: Array<{ decisions: Array<{ links: Array<{ kind: string; id: string; title: string }> }> }> }>(
      "query", "meetings.get", { id: meeting.id }, cookie,
    );
    expect(seen.agendaItems[0]?.decisions[0]?.links).toEqual([
      expect.objectContaining({ kind: "measure", id: measure.id, title: "Regional ladestruktur" }),
      expect.objectContaining({ kind: "agreement", id: agreement.id }),
    ]);
    expect((await ok<Decisions>("query", "measures.get", { id: measure.id }, cookie)).decisions)
      .toEqual([expect.objectContaining({ caseNumber: "13/22", meetingId: meeting.id, adopts: false })]);
    expect((await ok<Decisions>("query", "agreements.get", { id: agreement.id }, cookie)).decisions.map((d) => d.caseNumber)).toEqual(["13/22"]);

    // Edited later: the programme instead of the agreement.
    const edited = await ok<{ version: number }>("mutation", "meetings.setDecisionLinks", {
      id: decision.id, version: decision.version, links: [{ kind: "programme", id: programme.id }],
    }, cookie);
    expect(edited.version).toBe(decision.version + 1);
    expect((await ok<Decisions>("query", "agreements.get", { id: agreement.id }, cookie)).decisions).toEqual([]);
    const about = (await ok<Decisions>("query", "programmes.get", { id: programme.id }, cookie)).decisions;
    expect(about.map((d) => [d.caseNumber, d.adopts])).toEqual(expect.arrayContaining([["13/22", false]]));

    const stale = await trpcMutation("meetings.setDecisionLinks", { id: decision.id, version: decision.version, links: [] }, { cookie });
    expect(stale.status).toBe(409);
  });

  it("refuses another council's things, naming the link", async () => {
    const { cookie, item, measure } = await councilWithMeeting();
    const other = await councilWithMeeting();
    const { status, body } = await trpcMutation("meetings.recordDecision", {
      agendaItemId: item.id, text: "Feil råd.", decidedOn: "2022-03-11",
      links: [{ kind: "programme", id: other.programme.id }],
    }, { cookie });
    expect(status).toBe(400);
    expect(body.error?.data).toMatchObject({ reason: "link_not_of_council", issues: [expect.objectContaining({ path: "links.0" })] });
    const twice = await trpcMutation("meetings.recordDecision", {
      agendaItemId: item.id, text: "To ganger.", decidedOn: "2022-03-11",
      links: [{ kind: "measure", id: measure.id }, { kind: "measure", id: measure.id }],
    }, { cookie });
    expect(twice.body.error?.data.reason).toBe("duplicate_link");
  });

  it("shows the public a published programme's decisions only once the meeting is published", async () => {
    const { cookie, programme, meeting, item } = await councilWithMeeting();
    await ok("mutation", "meetings.recordDecision", {
      agendaItemId: item.id, text: "Tas til orientering.", decidedOn: "2022-03-11", links: [{ kind: "programme", id: programme.id }],
    }, cookie);
    expect((await ok<Decisions>("query", "programmes.get", { id: programme.id })).decisions.map((d) => d.caseNumber)).not.toContain("13/22");
    await ok("mutation", "meetings.setPublished", { id: meeting.id, version: meeting.version, published: true }, cookie);
    expect((await ok<Decisions>("query", "programmes.get", { id: programme.id })).decisions.map((d) => d.caseNumber)).toContain("13/22");
  });
});
