import type { Executor } from "../shared/executor.js";
import type { IdentityProviderRow, IdentityProviderWithOrganisations, NewIdentityProvider } from "./identity-provider.table.js";

async function withOrganisations(db: Executor, rows: IdentityProviderRow[]): Promise<IdentityProviderWithOrganisations[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom("identityProviderOrganisation")
    .select(["providerId", "organisationId"])
    .where("providerId", "in", rows.map((row) => row.id))
    .execute();
  return rows.map((row) => ({
    ...row,
    organisationIds: links.filter((link) => link.providerId === row.id).map((link) => link.organisationId),
  }));
}

export async function listIdentityProviders(db: Executor): Promise<IdentityProviderWithOrganisations[]> {
  return withOrganisations(db, await db.selectFrom("identityProvider").selectAll().orderBy("name").orderBy("id").execute());
}

export async function findIdentityProvider(db: Executor, id: string): Promise<IdentityProviderWithOrganisations | undefined> {
  const row = await db.selectFrom("identityProvider").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? (await withOrganisations(db, [row]))[0] : undefined;
}

export async function insertIdentityProvider(db: Executor, values: NewIdentityProvider): Promise<IdentityProviderRow> {
  return db.insertInto("identityProvider").values(values).returningAll().executeTakeFirstOrThrow();
}

/** Replaces the organisations a provider serves. */
export async function setIdentityProviderOrganisations(db: Executor, providerId: string, organisationIds: readonly string[]): Promise<void> {
  await db.deleteFrom("identityProviderOrganisation").where("providerId", "=", providerId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto("identityProviderOrganisation")
    .values([...new Set(organisationIds)].map((organisationId) => ({ providerId, organisationId })))
    .execute();
}

/** Deletes a provider only at the version the caller read; false when it moved or is gone. */
export async function deleteIdentityProvider(db: Executor, id: string, version: number): Promise<boolean> {
  const deleted = await db.deleteFrom("identityProvider").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

/** Whether the provider signs in people of this organisation. */
export async function providerServesOrganisation(db: Executor, providerId: string, organisationId: string): Promise<boolean> {
  const link = await db
    .selectFrom("identityProviderOrganisation")
    .select("providerId")
    .where("providerId", "=", providerId)
    .where("organisationId", "=", organisationId)
    .executeTakeFirst();
  return link !== undefined;
}
