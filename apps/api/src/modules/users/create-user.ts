import { insertUser } from "@samspill/db";
import { CreateUserInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertRoleFits } from "./user-rules.js";
import { userView } from "./user-view.js";

/**
 * An admin adds a user with a role in an organisation. The user has no password yet: the admin
 * sets one with `users.setPassword` (or the operator with the CLI), so none travels in here.
 */
export const createUser = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(CreateUserInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    return inMutation(ctx, async (trx, audit) => {
      await assertRoleFits(trx, input.role, input.organisationId);
      const row = await insertUser(trx, { ...input, passwordHash: null });
      const after = userView(row);
      await audit({ action: "user.created", subjectType: "user", subjectId: row.id, organisationId: row.organisationId, after });
      return after;
    });
  });
