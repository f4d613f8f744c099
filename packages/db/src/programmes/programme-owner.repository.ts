import type { Executor } from "../shared/executor.js";
import type { OrganisationRow } from "../organisations/organisation.table.js";
import type { ProgrammeRow } from "./programme.table.js";

/**
 * A programme with the organisation that owns it, in one statement: nearly every read of a
 * programme or of what hangs on it places the owner for the permission rules straight after.
 */
export async function findProgrammeWithOwner(
  db: Executor,
  id: string,
): Promise<{ programme: ProgrammeRow; owner: OrganisationRow } | undefined> {
  const row = await db
    .selectFrom("programme")
    .innerJoin("organisation as owner", "owner.id", "programme.ownerId")
    .selectAll("programme")
    .select([
      "owner.code as ownerCode", "owner.country as ownerCountry", "owner.countyId as ownerCountyId",
      "owner.createdAt as ownerCreatedAt", "owner.description as ownerDescription", "owner.kind as ownerKind",
      "owner.languageForm as ownerLanguageForm", "owner.name as ownerName", "owner.passwordSignIn as ownerPasswordSignIn",
      "owner.shortName as ownerShortName", "owner.slug as ownerSlug", "owner.updatedAt as ownerUpdatedAt",
      "owner.validFrom as ownerValidFrom", "owner.validTo as ownerValidTo", "owner.version as ownerVersion",
      "owner.website as ownerWebsite",
    ])
    .where("programme.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    ownerCode, ownerCountry, ownerCountyId, ownerCreatedAt, ownerDescription, ownerKind, ownerLanguageForm, ownerName,
    ownerPasswordSignIn, ownerShortName, ownerSlug, ownerUpdatedAt, ownerValidFrom, ownerValidTo, ownerVersion, ownerWebsite,
    ...programme
  } = row;
  return {
    programme,
    owner: {
      id: programme.ownerId, code: ownerCode, country: ownerCountry, countyId: ownerCountyId, createdAt: ownerCreatedAt,
      description: ownerDescription, kind: ownerKind, languageForm: ownerLanguageForm, name: ownerName,
      passwordSignIn: ownerPasswordSignIn, shortName: ownerShortName, slug: ownerSlug, updatedAt: ownerUpdatedAt,
      validFrom: ownerValidFrom, validTo: ownerValidTo, version: ownerVersion, website: ownerWebsite,
    },
  };
}
