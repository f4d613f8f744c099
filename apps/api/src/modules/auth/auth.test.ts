import { describe, expect, it } from "vitest";
import { createUser, getTestDb, uniqueEmail } from "@samspill/db/testing";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../auth/session-policy.js";
import { buildTestApp, signIn, signedInUser, TEST_PASSWORD, trpcMutation, trpcQuery } from "../../testing/harness.js";

function randomAddress(): string {
  return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
}

async function userWithPassword() {
  const db = await getTestDb();
  const email = uniqueEmail();
  const user = await createUser(db, { email, password: TEST_PASSWORD, role: "secretariat" });
  return { user, email };
}

describe("sign-in", () => {
  it("sets a __Host- cookie that is Secure, HttpOnly and SameSite=Lax, and knows the user", async () => {
    const { user, email } = await userWithPassword();
    const { status, response } = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD });
    expect(status).toBe(200);
    const header = String(response.headers["set-cookie"]);
    expect(header).toMatch(/^__Host-samspill_session=[A-Za-z0-9_-]{43};/);
    expect(header).toContain("Secure");
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    expect(header).toContain("Path=/");
    const cookie = header.split(";")[0] ?? "";
    const me = await trpcQuery("auth.me", undefined, { cookie });
    expect(me.body.result?.data).toMatchObject({ id: user.id, role: "secretariat" });
  });

  it("uses the plain cookie name without Secure only when secure cookies are off (localhost)", async () => {
    const app = await buildTestApp({ secureCookies: false });
    const { email } = await userWithPassword();
    const { response } = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { app });
    const header = String(response.headers["set-cookie"]);
    expect(header).toMatch(/^samspill_session=/);
    expect(header).not.toContain("Secure");
  });

  it("gives a new token at every sign-in", async () => {
    const { email } = await userWithPassword();
    const first = await signIn(email);
    const second = await signIn(email);
    expect(first).not.toBe(second);
  });

  it("answers a wrong password and an unknown account alike", async () => {
    const { email } = await userWithPassword();
    const wrong = await trpcMutation("auth.signIn", { email, password: "wrong" }, { remoteAddress: randomAddress() });
    const unknown = await trpcMutation(
      "auth.signIn",
      { email: uniqueEmail(), password: "wrong" },
      { remoteAddress: randomAddress() },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error?.data.reason).toBe("invalid_credentials");
    expect(unknown.body.error?.data.reason).toBe("invalid_credentials");
    expect(wrong.body.error?.message).toBe(unknown.body.error?.message);
  });

  it("stops one address guessing an account after five failures, while the owner signs in from elsewhere", async () => {
    const { email } = await userWithPassword();
    const guesser = randomAddress();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { status } = await trpcMutation("auth.signIn", { email, password: "nope" }, { remoteAddress: guesser });
      expect(status).toBe(401);
    }
    const stopped = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { remoteAddress: guesser });
    expect(stopped.status).toBe(429);
    expect(stopped.body.error?.data).toMatchObject({ domainCode: "RATE_LIMITED", reason: "too_many_attempts", params: { retryAfterSeconds: 900 } });
    const owner = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { remoteAddress: randomAddress() });
    expect(owner.status).toBe(200);
  });

  it("slows guesses spread over many addresses with a doubling delay, and lets the owner in after it", async () => {
    let now = new Date("2026-03-02T08:00:00Z");
    const app = await buildTestApp({ now: () => now, secureCookies: false });
    const { email } = await userWithPassword();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await trpcMutation("auth.signIn", { email, password: "nope" }, { app, remoteAddress: randomAddress() })).status).toBe(401);
    }
    const waiting = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { app, remoteAddress: randomAddress() });
    expect([waiting.status, waiting.body.error?.data.params]).toEqual([429, { retryAfterSeconds: 1 }]);
    now = new Date(now.getTime() + 1_000);
    expect((await trpcMutation("auth.signIn", { email, password: "nope" }, { app, remoteAddress: randomAddress() })).status).toBe(401);
    const longer = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { app, remoteAddress: randomAddress() });
    expect([longer.status, longer.body.error?.data.params]).toEqual([429, { retryAfterSeconds: 2 }]);
    now = new Date(now.getTime() + 2_000);
    expect((await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { app, remoteAddress: randomAddress() })).status).toBe(200);
    await app.close();
  });

  it("counts parallel guesses against each other: forty at once reach the password check five times", async () => {
    const { email } = await userWithPassword();
    const guesser = randomAddress();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => trpcMutation("auth.signIn", { email, password: "nope" }, { remoteAddress: guesser })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect([statuses.filter((status) => status === 401).length, statuses.filter((status) => status === 429).length]).toEqual([5, 35]);
    const db = await getTestDb();
    const recorded = await db.selectFrom("signInAttempt").select((eb) => eb.fn.countAll<number>().as("n")).where("email", "=", email).executeTakeFirstOrThrow();
    expect(Number(recorded.n)).toBe(5);
  });

  it("counts parallel guesses from one address across accounts: sixty at once, twenty checked", async () => {
    const guesser = randomAddress();
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => trpcMutation("auth.signIn", { email: uniqueEmail(), password: "nope" }, { remoteAddress: guesser })),
    );
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(20);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(40);
  });

  it("refuses an address after twenty failures across accounts", async () => {
    const address = randomAddress();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await trpcMutation("auth.signIn", { email: uniqueEmail(), password: "nope" }, { remoteAddress: address });
    }
    const { email } = await userWithPassword();
    const refused = await trpcMutation("auth.signIn", { email, password: TEST_PASSWORD }, { remoteAddress: address });
    expect(refused.status).toBe(429);
  });
});

describe("sessions", () => {
  it("ends at sign-out: the same cookie no longer signs anyone in", async () => {
    const { cookie } = await signedInUser("secretariat");
    expect((await trpcMutation("auth.signOut", undefined, { cookie })).status).toBe(200);
    const me = await trpcQuery("auth.me", undefined, { cookie });
    expect(me.body.result?.data).toBeNull();
  });

  it("ends after 30 idle minutes but lives on while used", async () => {
    let now = new Date("2026-03-01T08:00:00Z");
    const app = await buildTestApp({ now: () => now });
    const { cookie } = await signedInUser("secretariat", undefined, app);
    now = new Date(now.getTime() + SESSION_IDLE_MS - 60_000);
    expect((await trpcQuery("auth.me", undefined, { cookie, app })).body.result?.data).not.toBeNull();
    now = new Date(now.getTime() + SESSION_IDLE_MS - 60_000);
    expect((await trpcQuery("auth.me", undefined, { cookie, app })).body.result?.data).not.toBeNull();
    now = new Date(now.getTime() + SESSION_IDLE_MS);
    expect((await trpcQuery("auth.me", undefined, { cookie, app })).body.result?.data).toBeNull();
  });

  it("marks a used session seen at most once a minute, so most reads write nothing", async () => {
    let now = new Date("2026-03-01T08:00:00Z");
    const app = await buildTestApp({ now: () => now });
    const { cookie, user } = await signedInUser("secretariat", undefined, app);
    const db = await getTestDb();
    const lastSeen = async () =>
      (await db.selectFrom("session").select("lastSeenAt").where("userId", "=", user.id).executeTakeFirstOrThrow()).lastSeenAt.toISOString();
    now = new Date(now.getTime() + 59_000);
    await trpcQuery("auth.me", undefined, { cookie, app });
    expect(await lastSeen()).toBe("2026-03-01T08:00:00.000Z");
    now = new Date(now.getTime() + 2_000);
    await trpcQuery("auth.me", undefined, { cookie, app });
    expect(await lastSeen()).toBe("2026-03-01T08:01:01.000Z");
    await app.close();
  });

  it("ends 12 hours after sign-in however busy", async () => {
    let now = new Date("2026-03-01T08:00:00Z");
    const app = await buildTestApp({ now: () => now });
    const { cookie } = await signedInUser("secretariat", undefined, app);
    const steps = Math.ceil(SESSION_ABSOLUTE_MS / (20 * 60_000));
    for (let step = 1; step < steps; step += 1) {
      now = new Date(now.getTime() + 20 * 60_000);
      await trpcQuery("auth.me", undefined, { cookie, app });
    }
    now = new Date(new Date("2026-03-01T08:00:00Z").getTime() + SESSION_ABSOLUTE_MS);
    expect((await trpcQuery("auth.me", undefined, { cookie, app })).body.result?.data).toBeNull();
  });

  it("ends every session of a user when an admin says so, at once", async () => {
    const target = await signedInUser("secretariat");
    const admin = await signedInUser("admin");
    const ended = await trpcMutation("users.endSessions", { userId: target.user.id }, { cookie: admin.cookie });
    expect(ended.status).toBe(200);
    expect(ended.body.result?.data).toEqual({ ended: 1 });
    expect((await trpcQuery("auth.me", undefined, { cookie: target.cookie })).body.result?.data).toBeNull();
  });

  it("lets nobody but an admin end sessions", async () => {
    const target = await signedInUser("secretariat");
    const other = await signedInUser("secretariat");
    const refused = await trpcMutation("users.endSessions", { userId: target.user.id }, { cookie: other.cookie });
    expect(refused.status).toBe(403);
    const anonymous = await trpcMutation("users.endSessions", { userId: target.user.id });
    expect(anonymous.status).toBe(401);
  });
});

describe("cross-site protection", () => {
  it("refuses a cross-site write before it reaches a procedure", async () => {
    const { email } = await userWithPassword();
    const crossSite = await trpcMutation(
      "auth.signIn",
      { email, password: TEST_PASSWORD },
      { headers: { "sec-fetch-site": "cross-site" } },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.response.headers["set-cookie"]).toBeUndefined();
  });

  it("refuses a write from another origin when the browser sends no Sec-Fetch-Site", async () => {
    const app = await buildTestApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signOut",
      headers: { "content-type": "application/json", origin: "https://evil.example", host: "samspill.example" },
      payload: "null",
    });
    expect(response.statusCode).toBe(403);
  });

  it("refuses a form-encoded write and a mutation sent as GET", async () => {
    const app = await buildTestApp();
    const form = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signIn",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "email=a&password=b",
    });
    expect(form.statusCode).toBe(415);
    const get = await trpcQuery("auth.signIn", { email: "a@b.no", password: "x" });
    expect(get.status).toBe(405);
  });
});
