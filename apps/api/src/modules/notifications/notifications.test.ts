import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";

// Each user's own notice settings, and the council's reminder lead time set by its secretariat.

describe("notice settings", () => {
  it("start with every kind on, are changed at the version read, and belong to the user alone", async () => {
    const { user, cookie } = await signedInUser("municipality_contributor");
    const other = await signedInUser("municipality_contributor");
    const initial = await trpcQuery("notifications.getPreferences", undefined, { cookie });
    expect(initial.body.result?.data).toEqual({ reminders: true, reportReviews: true, comments: true, digest: true, version: 1 });

    const changed = await trpcMutation("notifications.updatePreferences", {
      version: 1, reminders: false, reportReviews: true, comments: false, digest: true,
    }, { cookie });
    expect(changed.body.result?.data).toEqual({ reminders: false, reportReviews: true, comments: false, digest: true, version: 2 });
    expect((await trpcQuery("notifications.getPreferences", undefined, { cookie })).body.result?.data).toMatchObject({ reminders: false, version: 2 });
    expect((await trpcQuery("notifications.getPreferences", undefined, { cookie: other.cookie })).body.result?.data).toMatchObject({ reminders: true });

    const stale = await trpcMutation("notifications.updatePreferences", {
      version: 1, reminders: true, reportReviews: true, comments: true, digest: true,
    }, { cookie });
    expect(stale.status).toBe(409);
    const bad = await trpcMutation("notifications.updatePreferences", { version: 2, reminders: "yes" }, { cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.data.issues?.map((issue) => issue.path).sort()).toEqual(["comments", "digest", "reminders", "reportReviews"]);

    const events = await (await getTestDb()).selectFrom("auditEvent").select(["action", "after"]).where("subjectId", "=", user.id).execute();
    expect(events).toEqual([{ action: "user.notification_preferences_updated", after: expect.objectContaining({ reminders: false }) }]);
  });
});

describe("the reminder lead time", () => {
  it("is seven days until the secretariat changes it, within 1 to 60 days", async () => {
    const { council, municipalities } = await createCouncilWithMembers(await getTestDb(), { memberCount: 1 });
    const secretariat = await signedInUser("secretariat", council.id);
    const contributor = await signedInUser("municipality_contributor", municipalities[0]!.id);
    const read = await trpcQuery("notifications.getReminderSetting", { councilId: council.id }, { cookie: secretariat.cookie });
    expect(read.body.result?.data).toEqual({ councilId: council.id, daysBefore: 7, version: 1 });

    for (const daysBefore of [0, 61, 2.5]) {
      const refused = await trpcMutation("notifications.updateReminderSetting", { councilId: council.id, version: 1, daysBefore }, { cookie: secretariat.cookie });
      expect(refused.status).toBe(400);
      expect(refused.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["daysBefore"]);
    }
    const saved = await trpcMutation("notifications.updateReminderSetting", { councilId: council.id, version: 1, daysBefore: 14 }, { cookie: secretariat.cookie });
    expect(saved.body.result?.data).toEqual({ councilId: council.id, daysBefore: 14, version: 2 });
    const stale = await trpcMutation("notifications.updateReminderSetting", { councilId: council.id, version: 1, daysBefore: 3 }, { cookie: secretariat.cookie });
    expect(stale.status).toBe(409);
    const notTheirs = await trpcMutation("notifications.updateReminderSetting", { councilId: council.id, version: 2, daysBefore: 3 }, { cookie: contributor.cookie });
    expect(notTheirs.status).toBe(403);

    const events = await (await getTestDb()).selectFrom("auditEvent").select(["action", "before", "after"]).where("subjectId", "=", council.id).execute();
    expect(events).toEqual([{
      action: "organisation.reminder_days_updated",
      before: { councilId: council.id, daysBefore: 7, version: 1 },
      after: { councilId: council.id, daysBefore: 14, version: 2 },
    }]);
  });
});
