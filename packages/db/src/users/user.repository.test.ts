import { describe, expect, it } from "vitest";
import { createUser, getTestDb } from "../testing/index.js";
import { findUserByEmail, findUserById } from "./user.repository.js";
import { verifyPassword } from "./password.js";

describe("users", () => {
  it("finds a user by e-mail whatever its case, and by id", async () => {
    const db = await getTestDb();
    const user = await createUser(db, { password: "hemmelig" });

    const byEmail = await findUserByEmail(db, `  ${user.email.toUpperCase()} `);

    expect(byEmail?.id).toBe(user.id);
    expect((await findUserById(db, user.id))?.email).toBe(user.email);
    expect(await verifyPassword(byEmail!.passwordHash!, "hemmelig")).toBe(true);
  });
});
