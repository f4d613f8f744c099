import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, getTestDb, uniqueEmail, uniqueName } from "@samspill/db/testing";
import { signIn, signedInUser, TEST_PASSWORD, trpcMutation, trpcQuery } from "../../testing/harness.js";

interface UserOut {
  id: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
  hasPassword: boolean;
  version: number;
  endedSessions?: number;
}

async function admin() {
  const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
  return signedInUser("admin", partner.id);
}

async function openSessionsOf(userId: string) {
  const db = await getTestDb();
  return db.selectFrom("session").selectAll().where("userId", "=", userId).where("endedAt", "is", null).execute();
}

describe("users.create", () => {
  it("creates a user without a password, in a role that fits the organisation", async () => {
    const { cookie } = await admin();
    const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const email = uniqueEmail().toUpperCase();
    const { status, body } = await trpcMutation(
      "users.create",
      { organisationId: council.id, email, name: "Kari Nordmann", role: "secretariat", language: "nn" },
      { cookie },
    );
    expect(status).toBe(200);
    expect(body.result?.data).toMatchObject({ email: email.toLowerCase(), role: "secretariat", language: "nn", active: true, hasPassword: false, version: 1 });
    expect(JSON.stringify(body)).not.toContain("passwordHash");
  });

  it("refuses a role that does not fit the organisation's kind, and a taken e-mail", async () => {
    const { cookie } = await admin();
    const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const misfit = await trpcMutation(
      "users.create",
      { organisationId: council.id, email: uniqueEmail(), name: "Ola", role: "county_official" },
      { cookie },
    );
    expect(misfit.status).toBe(400);
    expect(misfit.body.error?.data.reason).toBe("role_does_not_fit_organisation");
    const existing = await createUser(await getTestDb(), { organisationId: council.id });
    const taken = await trpcMutation(
      "users.create",
      { organisationId: council.id, email: existing.email, name: "Ola", role: "council_member" },
      { cookie },
    );
    expect(taken.status).toBe(409);
  });
});

describe("users.list", () => {
  it("filters by organisation, role and search, paged with the total", async () => {
    const { cookie } = await admin();
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const marker = uniqueName("Hansen");
    await createUser(db, { organisationId: council.id, role: "secretariat", name: `${marker} A` });
    await createUser(db, { organisationId: council.id, role: "secretariat", name: `${marker} B` });
    await createUser(db, { organisationId: council.id, role: "council_member", name: `${marker} C` });
    const { status, body } = await trpcQuery(
      "users.list",
      { organisationId: council.id, role: "secretariat", search: marker, limit: 1 },
      { cookie },
    );
    expect(status).toBe(200);
    const page = body.result?.data as { total: number; items: Array<UserOut & { organisationName: string }> };
    expect(page.total).toBe(2);
    expect(page.items).toEqual([expect.objectContaining({ name: `${marker} A`, organisationName: council.name })]);
  });
});

describe("users.update", () => {
  it("deactivating a user ends their sessions at once, and the audit log has before and after", async () => {
    const { cookie } = await admin();
    const target = await signedInUser("council_member", (await createOrganisation(await getTestDb(), { kind: "regional_council" })).id);
    expect(await openSessionsOf(target.user.id)).toHaveLength(1);

    const { status, body } = await trpcMutation("users.update", { id: target.user.id, version: 1, active: false }, { cookie });
    expect(status).toBe(200);
    expect(body.result?.data).toMatchObject({ active: false, version: 2, endedSessions: 1 });
    expect(await openSessionsOf(target.user.id)).toHaveLength(0);
    const me = await trpcQuery("auth.me", undefined, { cookie: target.cookie });
    expect(me.body.result?.data).toBeNull();

    const db = await getTestDb();
    const event = await db.selectFrom("auditEvent").selectAll().where("subjectId", "=", target.user.id).executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      action: "user.deactivated",
      before: expect.objectContaining({ active: true }),
      after: expect.objectContaining({ active: false, endedSessions: 1 }),
    });
  });

  it("changes name, role and language at the version read; a stale version is a CONFLICT", async () => {
    const { cookie } = await admin();
    const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const user = await createUser(await getTestDb(), { organisationId: council.id, role: "council_member" });
    const updated = await trpcMutation(
      "users.update",
      { id: user.id, version: 1, name: "Nytt Navn", role: "secretariat", language: "en" },
      { cookie },
    );
    expect(updated.body.result?.data).toMatchObject({ name: "Nytt Navn", role: "secretariat", language: "en", version: 2 });
    const stale = await trpcMutation("users.update", { id: user.id, version: 1, name: "X" }, { cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.data.params).toMatchObject({ currentVersion: 2 });
    const misfit = await trpcMutation("users.update", { id: user.id, version: 2, role: "municipality_contributor" }, { cookie });
    expect(misfit.body.error?.data.reason).toBe("role_does_not_fit_organisation");
  });
});

describe("users.setPassword", () => {
  it("sets a password the user can sign in with, ends their sessions, and refuses short ones", async () => {
    const { cookie } = await admin();
    const target = await signedInUser("council_member", (await createOrganisation(await getTestDb(), { kind: "regional_council" })).id);
    const short = await trpcMutation("users.setPassword", { id: target.user.id, version: 1, password: "too short" }, { cookie });
    expect(short.status).toBe(400);
    expect(short.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["password"]);

    const password = "a brand new passphrase";
    const set = await trpcMutation("users.setPassword", { id: target.user.id, version: 1, password }, { cookie });
    expect(set.body.result?.data).toMatchObject({ version: 2, endedSessions: 1 });
    expect(await openSessionsOf(target.user.id)).toHaveLength(0);
    await expect(signIn(target.user.email, TEST_PASSWORD)).rejects.toThrow();
    await expect(signIn(target.user.email, password)).resolves.toContain("=");

    const db = await getTestDb();
    const events = await db.selectFrom("auditEvent").selectAll().where("subjectId", "=", target.user.id).execute();
    expect(JSON.stringify(events)).not.toContain(password);
  });
});
