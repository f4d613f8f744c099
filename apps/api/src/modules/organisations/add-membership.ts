import { findOrganisationById, insertMembership, listMembershipsOfPair, type Executor } from "@samspill/db";
import { assertNoMembershipOverlap, CreateMembershipInputSchema, DomainError, type OrganisationKind } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { membershipView } from "./organisation-view.js";

/** An admin records that a municipality joined a council, from a date (and until one, if known). */
export const addMembership = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(CreateMembershipInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "organisation" });
    return inMutation(ctx, async (trx, audit) => {
      await assertKind(trx, input.councilId, "regional_council", "councilId");
      await assertKind(trx, input.municipalityId, "municipality", "municipalityId");
      assertNoMembershipOverlap(await listMembershipsOfPair(trx, input), input);
      const row = await insertMembership(trx, input);
      const after = membershipView(row);
      await audit({ action: "membership.created", subjectType: "membership", subjectId: row.id, organisationId: row.councilId, after });
      return after;
    });
  });

async function assertKind(trx: Executor, id: string, kind: OrganisationKind, field: string) {
  const organisation = await findOrganisationById(trx, id);
  if (!organisation) throw new DomainError("NOT_FOUND", { params: { kind: "organisation", field } });
  if (organisation.kind !== kind) {
    throw new DomainError("INVALID_INPUT", { reason: `not_a_${kind}`, params: { field, kind: organisation.kind } });
  }
}
