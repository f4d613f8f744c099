import type { Executor } from "../../shared/executor.js";
import { hashPassword } from "../../users/password.js";
import { insertUser } from "../../users/user.repository.js";
import type { NewUser, UserRow } from "../../users/user.table.js";
import { createOrganisation } from "./organisations.js";
import { uniqueEmail, uniqueName } from "./unique.js";

/**
 * A secretariat user with a unique e-mail, in a new council unless `organisationId` is given.
 * Pass `password` to be able to sign in; hashing costs ~50 ms, so it is skipped otherwise.
 */
export async function createUser(
  db: Executor,
  overrides: Partial<NewUser> & { password?: string } = {},
): Promise<UserRow> {
  const { password, ...values } = overrides;
  const organisationId = values.organisationId ?? (await createOrganisation(db, { kind: "regional_council" })).id;
  return insertUser(db, {
    email: uniqueEmail(),
    name: uniqueName("User"),
    role: "secretariat",
    passwordHash: password === undefined ? null : await hashPassword(password),
    ...values,
    organisationId,
  });
}
