import { z } from "zod";
import { findMembershipById, listMembershipsOfPair, updateWithVersion } from "@samspill/db";
import { assertNoMembershipOverlap, DomainError, IdSchema, isOrderedRange, IsoDateSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { membershipView } from "./organisation-view.js";

const EndMembershipInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  /** The last day of membership (inclusive). */
  validTo: IsoDateSchema,
});

/** An admin records that a municipality left a council: the membership gets its last day. */
export const endMembership = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(EndMembershipInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const before = await findMembershipById(trx, input.id);
      if (!before) throw new DomainError("NOT_FOUND", { params: { kind: "membership" } });
      ctx.authorize({ kind: "organisation" });
      if (!isOrderedRange(before.validFrom, input.validTo)) {
        throw new DomainError("INVALID_INPUT", { reason: "range_not_ordered", params: { startKey: "validFrom", endKey: "validTo" } });
      }
      // Moving the end later may reach a later membership of the same pair.
      assertNoMembershipOverlap(await listMembershipsOfPair(trx, before), { ...before, validTo: input.validTo });
      const row = await updateWithVersion(trx, "membership", input.id, input.version, { validTo: input.validTo });
      const after = membershipView(row);
      await audit({
        action: "membership.ended", subjectType: "membership", subjectId: row.id, organisationId: row.councilId,
        before: membershipView(before), after,
      });
      return after;
    }),
  );
