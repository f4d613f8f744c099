import { z } from "zod";
import { findUserById } from "@samspill/db";
import { DomainError, IdSchema } from "@samspill/domain";
import { closeSessionsOfUser } from "../../auth/session-service.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";

/** An admin's "end this user's sessions": every open session of the user stops working now. */
export const endSessions = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ userId: IdSchema }))
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    return inMutation(ctx, async (trx, audit) => {
      const user = await findUserById(trx, input.userId);
      if (!user) throw new DomainError("NOT_FOUND", { params: { kind: "user" } });
      const ended = await closeSessionsOfUser(trx, user.id, "ended_by_admin", ctx.now());
      await audit({
        action: "user.sessions_ended",
        subjectType: "user",
        subjectId: user.id,
        organisationId: user.organisationId,
        after: { ended },
      });
      return { ended };
    });
  });
