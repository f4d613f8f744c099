import { findProgrammeRole, insertProgrammeRole, updateWithVersion } from "@samspill/db";
import { CreateProgrammeRoleInputSchema, DomainError, VersionSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableProgramme } from "./programme-access.js";
import { roleRowView } from "./programme-row-view.js";

/**
 * Gives an organisation a role in the programme's follow-up (seed 002: owner, coordinator,
 * contributor …), or changes its responsibility: a role that exists is changed only at the
 * version the client read.
 */
export const setRole = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateProgrammeRoleInputSchema.extend({ version: VersionSchema.optional() }))
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const { version, ...values } = input;
      const programme = await editableProgramme(trx, ctx.authorize, values.programmeId, "roles");
      const existing = await findProgrammeRole(trx, values);
      if (existing && version === undefined) {
        throw new DomainError("CONFLICT", { reason: "role_exists", params: { id: existing.id, currentVersion: existing.version } });
      }
      const role = existing
        ? await updateWithVersion(trx, "programmeRole", existing.id, version ?? existing.version, {
            responsibility: values.responsibility,
            position: values.position,
          })
        : await insertProgrammeRole(trx, values);
      const after = roleRowView(role);
      await audit({
        action: existing ? "programme_role.updated" : "programme_role.added", subjectType: "programme", subjectId: programme.id,
        organisationId: programme.ownerId, before: existing ? roleRowView(existing) : null, after,
      });
      return after;
    }),
  );
