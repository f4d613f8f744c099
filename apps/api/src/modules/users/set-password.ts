import { z } from "zod";
import { findUserById, hashPassword, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { closeSessionsOfUser } from "../../auth/session-service.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";

// Twelve characters as in the operator CLI; the upper bound keeps argon2 work per call bounded.
const SetPasswordInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  password: z.string().min(12).max(200),
});

/**
 * An admin sets a user's password (argon2id). Every open session of the user ends at once, so
 * whoever held the old password is out. The audit event never contains the password or hash.
 */
export const setPassword = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(SetPasswordInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    // Hashing takes tens of milliseconds: do it before the transaction holds any lock.
    const passwordHash = await hashPassword(input.password);
    return inMutation(ctx, async (trx, audit) => {
      const user = await findUserById(trx, input.id);
      if (!user) throw new DomainError("NOT_FOUND", { params: { kind: "user" } });
      const row = await updateWithVersion(trx, "appUser", user.id, input.version, { passwordHash });
      const endedSessions = await closeSessionsOfUser(trx, user.id, "password_reset", ctx.now());
      await audit({
        action: "user.password_set", subjectType: "user", subjectId: user.id, organisationId: user.organisationId,
        after: { endedSessions },
      });
      return { id: row.id, version: row.version, endedSessions };
    });
  });
