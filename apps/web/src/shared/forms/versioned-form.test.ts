import { describe, expect, it } from "vitest";
import { changedFields, reapplied, savedState, sendChanges, startingFrom, type Snapshot } from "./versioned-form";

interface MeetingValues {
  body: string;
  title: string;
  heldOn: string;
  location: string;
}

/** A server holding one versioned row: a change names the version it read and changes only what it sends. */
function server(values: MeetingValues) {
  let row = { values, version: 1 };
  const sent: Array<Partial<MeetingValues>> = [];
  return {
    sent,
    read: (): Snapshot<MeetingValues> => ({ values: { ...row.values }, version: row.version }),
    async update(changed: Partial<MeetingValues>, version: number) {
      sent.push(changed);
      if (version !== row.version) {
        throw Object.assign(new Error("CONFLICT"), {
          data: { code: "CONFLICT", domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: row.version }, issues: null },
        });
      }
      row = { values: { ...row.values, ...changed }, version: row.version + 1 };
      return { ...row.values, version: row.version };
    },
  };
}

const MEETING: MeetingValues = { body: "Regionrådet", title: "Rådsmøte", heldOn: "2026-03-12", location: "Hamar rådhus" };

describe("a versioned edit", () => {
  it("sends only the fields the user changed, at the version read", async () => {
    const meeting = server(MEETING);
    const form = startingFrom(meeting.read());
    const outcome = await sendChanges({ ...form, values: { ...form.values, title: "Rådsmøte i mars" } }, { send: meeting.update });
    expect(outcome.kind).toBe("saved");
    expect(meeting.sent).toEqual([{ title: "Rådsmøte i mars" }]);
  });

  it("sends nothing when nothing changed, and checks before sending", async () => {
    const meeting = server(MEETING);
    const form = startingFrom(meeting.read());
    expect(await sendChanges(form, { send: meeting.update })).toEqual({ kind: "unchanged" });
    const blank = await sendChanges({ ...form, values: { ...form.values, title: " " } }, { send: meeting.update, required: ["title"] });
    expect(blank).toEqual({ kind: "invalid", fields: { title: { code: "required", params: {} } } });
    expect(meeting.sent).toEqual([]);
  });

  it("after a conflict, applies this user's change again on top of another person's: both survive", async () => {
    const meeting = server(MEETING);
    const personA = startingFrom(meeting.read());
    const personB = startingFrom(meeting.read());
    await sendChanges({ ...personB, values: { ...personB.values, location: "Gjøvik rådhus" } }, { send: meeting.update });

    const edited = { ...personA, values: { ...personA.values, title: "Rådsmøte i mars" } };
    const refused = await sendChanges(edited, { send: meeting.update });
    expect(refused).toMatchObject({ kind: "refused", problem: { versionConflict: true, currentVersion: 2 } });

    const again = reapplied(edited, meeting.read());
    // What the user sees before it goes: their title, the other person's location.
    expect(again.values).toEqual({ ...MEETING, title: "Rådsmøte i mars", location: "Gjøvik rådhus" });
    expect(changedFields(again)).toEqual({ title: "Rådsmøte i mars" });
    expect((await sendChanges(again, { send: meeting.update })).kind).toBe("saved");

    expect(meeting.read()).toEqual({ values: { ...MEETING, title: "Rådsmøte i mars", location: "Gjøvik rådhus" }, version: 3 });
    expect(meeting.sent.at(-1)).toEqual({ title: "Rådsmøte i mars" });
  });

  it("reloading takes the server's values as the new start and drops the user's edits", async () => {
    const meeting = server(MEETING);
    const personA = startingFrom(meeting.read());
    await meeting.update({ location: "Gjøvik rådhus" }, 1);
    const edited = { ...personA, values: { ...personA.values, title: "Rådsmøte i mars" } };
    const reloaded = startingFrom(meeting.read());
    expect(reloaded).toEqual({ base: { ...MEETING, location: "Gjøvik rådhus" }, values: { ...MEETING, location: "Gjøvik rådhus" }, version: 2 });
    expect(changedFields(reloaded)).toEqual({});
    expect(changedFields(edited)).toEqual({ title: "Rådsmøte i mars" });
  });

  it("after a save, starts from what was sent at the version the server answered, keeping what was typed meanwhile", () => {
    const sent = { base: MEETING, values: { ...MEETING, title: "Ny" }, version: 1 };
    const typedMeanwhile = { ...sent, values: { ...sent.values, location: "Elverum" } };
    const after = savedState(typedMeanwhile, sent, { ...sent.values, version: 2 });
    expect(after).toEqual({ base: sent.values, values: typedMeanwhile.values, version: 2 });
    expect(changedFields(after)).toEqual({ location: "Elverum" });
  });
});
