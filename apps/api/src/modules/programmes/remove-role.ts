import { z } from "zod";
import { deleteProgrammeRole, findProgrammeRoleById, updateWithVersion } from "@samspill/db";
import { IdSchema, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableProgramme, found } from "./programme-access.js";
import { roleRowView } from "./programme-row-view.js";

/** Takes an organisation's role in the follow-up away, at the version read. */
export const removeRole = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const role = found(await findProgrammeRoleById(trx, input.id), "programme_role");
      const programme = await editableProgramme(trx, ctx.authorize, role.programmeId, "roles");
      await updateWithVersion(trx, "programmeRole", role.id, input.version, {});
      await deleteProgrammeRole(trx, role.id);
      await audit({
        action: "programme_role.removed", subjectType: "programme", subjectId: programme.id, organisationId: programme.ownerId,
        before: roleRowView(role),
      });
      return { id: role.id };
    }),
  );
