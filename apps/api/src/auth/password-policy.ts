import { passwordSignInAllowed, type Executor, type UserRow } from "@samspill/db";

/**
 * Whether this user may sign in with a password: the installation and the user's organisation
 * must both allow it. Admins always may, so a provider that is down or misconfigured never
 * locks the installation out of its own settings.
 */
export async function passwordSignInPermitted(db: Executor, user: UserRow): Promise<boolean> {
  return user.role === "admin" || passwordSignInAllowed(db, user.organisationId);
}
