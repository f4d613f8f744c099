import { findOrganisationById, type Executor, type OrganisationRow } from "@samspill/db";
import { DomainError } from "@samspill/domain";

/**
 * Where an owning organisation sits, as the permission rules need it: the council (or the
 * municipality that owns its own programme, such as Vimmerby), and the county above it.
 */
export interface OwnerPlace {
  councilId: string;
  municipalityId: string | null;
  countyId: string | null;
}

export async function locateOwner(db: Executor, ownerId: string): Promise<OwnerPlace> {
  return placeOfOwner(await findOwner(db, ownerId));
}

/** The owning organisation itself, for a caller that shows it as well as placing it. */
export async function findOwner(db: Executor, ownerId: string): Promise<OrganisationRow> {
  const owner = await findOrganisationById(db, ownerId);
  if (!owner) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
  return owner;
}

/** The place of an owner already loaded. */
export function placeOfOwner(owner: Pick<OrganisationRow, "id" | "kind" | "countyId">): OwnerPlace {
  return {
    councilId: owner.id,
    municipalityId: owner.kind === "municipality" ? owner.id : null,
    countyId: owner.kind === "county" ? owner.id : owner.countyId,
  };
}
