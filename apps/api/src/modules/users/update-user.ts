import { findUserById, updateWithVersion } from "@samspill/db";
import { DomainError, UpdateUserInputSchema } from "@samspill/domain";
import { closeSessionsOfUser } from "../../auth/session-service.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertRoleFits } from "./user-rules.js";
import { userView } from "./user-view.js";

/**
 * An admin changes a user's name, role, organisation, language or e-mail, or deactivates them.
 * Deactivating ends every session of the user in the same transaction, so it takes effect at once.
 */
export const updateUser = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(UpdateUserInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { id, version, ...patch } = input;
      const before = await findUserById(trx, id);
      if (!before) throw new DomainError("NOT_FOUND", { params: { kind: "user" } });
      ctx.authorize({ kind: "user" });
      if (patch.role !== undefined || patch.organisationId !== undefined) {
        await assertRoleFits(trx, patch.role ?? before.role, patch.organisationId ?? before.organisationId);
      }
      const row = await updateWithVersion(trx, "appUser", id, version, patch);
      const deactivated = before.active && !row.active;
      const endedSessions = deactivated ? await closeSessionsOfUser(trx, id, "user_deactivated", ctx.now()) : 0;
      const after = userView(row);
      await audit({
        action: deactivated ? "user.deactivated" : "user.updated", subjectType: "user", subjectId: id,
        organisationId: row.organisationId, before: userView(before), after: { ...after, endedSessions },
      });
      return { ...after, endedSessions };
    }),
  );
