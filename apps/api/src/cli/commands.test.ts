import { describe, expect, it } from "vitest";
import { findUserByEmail, verifyPassword } from "@samspill/db";
import { createOrganisation, getTestDb, uniqueEmail } from "@samspill/db/testing";
import { signIn, trpcQuery } from "../testing/harness.js";
import { createUserCommand, resetPasswordCommand } from "./commands.js";

describe("operator CLI commands", () => {
  it("creates an organisation's first user who can then sign in", async () => {
    const db = await getTestDb();
    const slug = `cli-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const council = await createOrganisation(db, { kind: "regional_council", slug });
    const email = uniqueEmail();
    const { user, password } = await createUserCommand(db, { organisation: slug, email, name: "Kari", role: "secretariat" });
    expect(user.organisationId).toBe(council.id);
    expect(password.length).toBeGreaterThanOrEqual(20);
    const cookie = await signIn(email, password);
    expect((await trpcQuery("auth.me", undefined, { cookie })).body.result?.data).toMatchObject({ id: user.id });
  });

  it("refuses an unknown role and changes nothing", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const email = uniqueEmail();
    await expect(
      createUserCommand(db, { organisation: council.id, email, name: "Ola", role: "king" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", reason: "unknown_role" });
    expect(await findUserByEmail(db, email)).toBeUndefined();
  });

  it("resets a password and ends the user's sessions", async () => {
    const db = await getTestDb();
    const council = await createOrganisation(db, { kind: "regional_council" });
    const email = uniqueEmail();
    const { password: first } = await createUserCommand(db, { organisation: council.id, email, name: "Per", role: "secretariat" });
    const cookie = await signIn(email, first);
    const { password, endedSessions } = await resetPasswordCommand(db, { email });
    expect(endedSessions).toBe(1);
    expect((await trpcQuery("auth.me", undefined, { cookie })).body.result?.data).toBeNull();
    const stored = await findUserByEmail(db, email);
    expect(await verifyPassword(stored?.passwordHash ?? "", password)).toBe(true);
    expect(await verifyPassword(stored?.passwordHash ?? "", first)).toBe(false);
  });
});
