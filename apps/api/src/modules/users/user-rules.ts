import { findOrganisationById, type Executor } from "@samspill/db";
import { DomainError, roleFitsOrganisation, type Role } from "@samspill/domain";

/**
 * The permission rules read "own council / municipality / county" from the user's
 * organisation, so a role must fit its kind: a secretariat sits in a council, a contributor in
 * a municipality, a county official in a county.
 */
export async function assertRoleFits(trx: Executor, role: Role, organisationId: string): Promise<void> {
  const organisation = await findOrganisationById(trx, organisationId);
  if (!organisation) throw new DomainError("NOT_FOUND", { params: { kind: "organisation", field: "organisationId" } });
  if (roleFitsOrganisation(role, organisation.kind)) return;
  throw new DomainError("INVALID_INPUT", {
    reason: "role_does_not_fit_organisation",
    params: { field: "role", role, organisationKind: organisation.kind },
  });
}
