import { UpdateMeetingInputSchema } from "@samspill/domain";
import { describe, expect, it } from "vitest";
import { reapplied, sendChanges, startingFrom, type Snapshot } from "../../shared/forms";
import { checkMeeting, itemChanges, MEETING_REQUIRED, meetingValues, type Meeting, type MeetingValues } from "./meeting-values";

const ID = "00000000-0000-4000-8000-000000000001";

/** `meetings.update` as the API does it: the strict input schema, the version check, only the fields given. */
function meetingsApi(start: Meeting) {
  let meeting = start;
  const calls: unknown[] = [];
  return {
    calls,
    get: (): Snapshot<MeetingValues> => ({ values: meetingValues(meeting), version: meeting.version }),
    async update(input: unknown) {
      calls.push(input);
      const { id, version, ...patch } = UpdateMeetingInputSchema.parse(input);
      if (id !== meeting.id || version !== meeting.version) {
        throw Object.assign(new Error("CONFLICT"), { data: { domainCode: "CONFLICT", reason: "version_mismatch", params: { currentVersion: meeting.version } } });
      }
      meeting = { ...meeting, ...patch, version: meeting.version + 1 };
      return meeting;
    },
  };
}

describe("editing a meeting that someone else changed meanwhile", () => {
  it("keeps the other person's location when this person's title is applied again", async () => {
    const api = meetingsApi({ id: ID, version: 1, body: "Regionrådet", title: "Rådsmøte", heldOn: "2026-03-12", location: "Hamar rådhus" });
    const sending = {
      required: MEETING_REQUIRED,
      check: (values: MeetingValues) => checkMeeting({ id: ID, version: 1 }, values),
      send: (changed: Partial<MeetingValues>, version: number) => api.update({ id: ID, version, ...changed }),
    };
    const personA = startingFrom(api.get());
    const personB = startingFrom(api.get());
    expect((await sendChanges({ ...personB, values: { ...personB.values, location: "Gjøvik rådhus" } }, sending)).kind).toBe("saved");

    const edited = { ...personA, values: { ...personA.values, title: "Rådsmøte i mars" } };
    const refused = await sendChanges(edited, sending);
    expect(refused).toMatchObject({ kind: "refused", problem: { versionConflict: true } });

    expect((await sendChanges(reapplied(edited, api.get()), sending)).kind).toBe("saved");
    expect(api.get().values).toEqual({ body: "Regionrådet", title: "Rådsmøte i mars", heldOn: "2026-03-12", location: "Gjøvik rådhus" });
    expect(api.calls.at(-1)).toEqual({ id: ID, version: 2, title: "Rådsmøte i mars" });
  });

  it("finds a title too long before sending, by the schema the API parses it with", async () => {
    const values = { body: "Regionrådet", title: "x".repeat(301), heldOn: "2026-03-12", location: "" };
    expect(checkMeeting({ id: ID, version: 1 }, values).title).toMatchObject({ code: "too_big", params: { maximum: 300 } });
  });

  it("sends a changed case number without the spaces around it", () => {
    expect(itemChanges({ caseNumber: " 12/23 ", title: "Sak" })).toEqual({ caseNumber: "12/23", title: "Sak" });
    expect(itemChanges({ title: "Sak" })).toEqual({ title: "Sak" });
  });
});
