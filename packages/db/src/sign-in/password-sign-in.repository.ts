import { sql } from "kysely";
import type { Executor } from "../shared/executor.js";

export interface InstallationSettings {
  /** Absent until the first change; version 0 then. */
  id: string | null;
  passwordSignIn: boolean;
  version: number;
}

export async function getInstallationSettings(db: Executor): Promise<InstallationSettings> {
  const row = await db.selectFrom("installationSetting").select(["id", "passwordSignIn", "version"]).executeTakeFirst();
  return row ?? { id: null, passwordSignIn: true, version: 0 };
}

/** Writes the installation's settings at the version read; undefined when someone changed them first. */
export async function setInstallationPasswordSignIn(
  db: Executor,
  passwordSignIn: boolean,
  version: number,
): Promise<InstallationSettings | undefined> {
  if (version === 0) {
    return db
      .insertInto("installationSetting")
      .values({ passwordSignIn })
      .onConflict((oc) => oc.column("singleton").doNothing())
      .returning(["id", "passwordSignIn", "version"])
      .executeTakeFirst();
  }
  return db
    .updateTable("installationSetting")
    .set((eb) => ({ passwordSignIn, version: eb("version", "+", 1), updatedAt: new Date() }))
    .where("version", "=", version)
    .returning(["id", "passwordSignIn", "version"])
    .executeTakeFirst();
}

/** Whether a user of this organisation may sign in with a password: both the installation and the organisation allow it. One statement. */
export async function passwordSignInAllowed(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom("organisation")
    .select((eb) => [
      "organisation.passwordSignIn",
      eb.fn.coalesce(eb.selectFrom("installationSetting").select("installationSetting.passwordSignIn").limit(1), sql.lit(true)).as("installationAllows"),
    ])
    .where("organisation.id", "=", organisationId)
    .executeTakeFirst();
  return Boolean(row?.installationAllows && row.passwordSignIn);
}

export async function listOrganisationsPasswordSignIn(db: Executor, organisationIds: readonly string[]): Promise<{ id: string; passwordSignIn: boolean }[]> {
  if (organisationIds.length === 0) return [];
  return db.selectFrom("organisation").select(["id", "passwordSignIn"]).where("id", "in", [...new Set(organisationIds)]).execute();
}
