import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, getTestDb } from "../testing/index.js";
import { auditEventsAfter, listAuditEvents, recordAudit } from "./audit.repository.js";

describe("audit log", () => {
  async function recordOne() {
    const db = await getTestDb();
    const organisation = await createOrganisation(db);
    const actor = await createUser(db, { organisationId: organisation.id });
    const event = await recordAudit(db, {
      actorId: actor.id,
      organisationId: organisation.id,
      action: "organisation.update",
      subjectType: "organisation",
      subjectId: organisation.id,
      before: { name: "Old", tags: ["a"] },
      after: { name: "New", tags: ["a", "b"] },
      requestId: "req-1",
    });
    return { db, organisation, event };
  }

  it("records an event and lists a subject's history with before and after as JSON", async () => {
    const { db, organisation, event } = await recordOne();
    await recordAudit(db, {
      actorId: null,
      organisationId: organisation.id,
      action: "organisation.publish",
      subjectType: "organisation",
      subjectId: organisation.id,
    });

    const events = await listAuditEvents(db, { subjectType: "organisation", subjectId: organisation.id });

    expect(events.map((e) => e.action)).toEqual(["organisation.update", "organisation.publish"]);
    expect(events[0]).toMatchObject({ id: event.id, before: { name: "Old", tags: ["a"] }, after: { tags: ["a", "b"] } });
    expect(events[1]).toMatchObject({ actorId: null, before: null, after: null, requestId: null });
  });

  it("refuses to change an event", async () => {
    const { db, event } = await recordOne();
    await expect(sql`update audit_event set action = 'forged' where id = ${event.id}`.execute(db)).rejects.toMatchObject({
      code: "42501",
    });
    const [stored] = await listAuditEvents(db, { subjectType: event.subjectType, subjectId: event.subjectId });
    expect(stored?.action).toBe("organisation.update");
  });

  it("refuses to delete or truncate events", async () => {
    const { db, event } = await recordOne();
    await expect(sql`delete from audit_event where id = ${event.id}`.execute(db)).rejects.toMatchObject({ code: "42501" });
    await expect(sql`truncate audit_event`.execute(db)).rejects.toMatchObject({ code: "42501" });
    expect(await listAuditEvents(db, { subjectType: event.subjectType, subjectId: event.subjectId })).toHaveLength(1);
  });
});

describe("auditEventsAfter", () => {
  it("gives every event after a cursor once, oldest first, across batches, and narrows by time", async () => {
    const db = await getTestDb();
    const organisation = await createOrganisation(db);
    const first = await recordAudit(db, { actorId: null, organisationId: organisation.id, action: "organisation.update", subjectType: "organisation", subjectId: organisation.id });
    const later = [];
    for (let index = 0; index < 5; index += 1) {
      later.push(await recordAudit(db, { actorId: null, organisationId: organisation.id, action: `organisation.step_${index}`, subjectType: "organisation", subjectId: organisation.id }));
    }
    const shipped = [];
    for await (const event of auditEventsAfter(db, { afterId: Number(first.id), batch: 2 })) {
      if (event.organisationId === organisation.id) shipped.push(event.action);
    }
    expect(shipped).toEqual(later.map((event) => event.action));

    const future = [];
    for await (const event of auditEventsAfter(db, { afterId: 0, since: new Date(Date.now() + 60_000) })) future.push(event);
    expect(future).toEqual([]);
  });
});
