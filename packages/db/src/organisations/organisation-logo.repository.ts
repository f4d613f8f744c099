import { DomainError } from "@samspill/domain";
import type { Insertable, Selectable } from "kysely";
import type { Database } from "../client/database.js";
import type { Executor } from "../shared/executor.js";
import { updateWithVersion } from "../shared/update-with-version.js";

// An organisation's logo for the title pages of its documents: one per organisation, replaced
// or removed at the version read, like every other editable row.

export type OrganisationLogoRow = Selectable<Database["organisationLogo"]>;
export type NewOrganisationLogo = Omit<Insertable<Database["organisationLogo"]>, "id" | "version" | "createdAt" | "updatedAt">;

export async function findOrganisationLogo(db: Executor, organisationId: string): Promise<OrganisationLogoRow | undefined> {
  return db.selectFrom("organisationLogo").selectAll().where("organisationId", "=", organisationId).executeTakeFirst();
}

function conflict(currentVersion: number): DomainError {
  return new DomainError("CONFLICT", { reason: "version_mismatch", params: { table: "organisationLogo", currentVersion } });
}

/**
 * Stores the logo. `expectedVersion` is the version of the logo the admin saw, 0 when they saw
 * none; someone else's upload or removal in between is a CONFLICT.
 */
export async function saveOrganisationLogo(
  db: Executor,
  logo: NewOrganisationLogo,
  expectedVersion: number,
): Promise<OrganisationLogoRow> {
  const current = await findOrganisationLogo(db, logo.organisationId);
  if (!current) {
    if (expectedVersion !== 0) throw conflict(0);
    return db.insertInto("organisationLogo").values(logo).returningAll().executeTakeFirstOrThrow();
  }
  const { mimeType, bytes, sizeBytes, width, height, uploadedBy } = logo;
  return updateWithVersion(db, "organisationLogo", current.id, expectedVersion, { mimeType, bytes, sizeBytes, width, height, uploadedBy });
}

/** Removes the logo at the version read; the row it removed, for the audit log. */
export async function deleteOrganisationLogo(db: Executor, organisationId: string, expectedVersion: number): Promise<OrganisationLogoRow> {
  const current = await findOrganisationLogo(db, organisationId);
  if (!current) throw new DomainError("NOT_FOUND", { params: { kind: "organisationLogo" } });
  if (current.version !== expectedVersion) throw conflict(current.version);
  // The version is checked again in the statement, so a change in between is not deleted.
  const deleted = await db.deleteFrom("organisationLogo").where("id", "=", current.id).where("version", "=", expectedVersion).executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw conflict(current.version + 1);
  return current;
}
