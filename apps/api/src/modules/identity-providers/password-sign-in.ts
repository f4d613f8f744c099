import { findOrganisationById, getInstallationSettings, setInstallationPasswordSignIn, updateWithVersion } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";

/** Whether the installation allows password sign-in (admins always may, see `password-policy.ts`). */
export const installationSettings = procedure.meta({ permission: { actions: ["manage_users"] } }).query(async ({ ctx }) => {
  ctx.authorize({ kind: "user" });
  const { passwordSignIn, version } = await getInstallationSettings(ctx.db);
  return { passwordSignIn, version };
});

export const setInstallationPasswordSignInProcedure = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ passwordSignIn: z.boolean(), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const actor = signedInActor(ctx);
    return inMutation(ctx, async (trx, audit) => {
      const before = await getInstallationSettings(trx);
      const after = await setInstallationPasswordSignIn(trx, input.passwordSignIn, input.version);
      if (!after?.id) {
        throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { table: "installationSetting", expectedVersion: input.version, currentVersion: before.version } });
      }
      await audit({
        action: "installation.password_sign_in_set", subjectType: "installation", subjectId: after.id, organisationId: actor.organisationId,
        before: { passwordSignIn: before.passwordSignIn }, after: { passwordSignIn: after.passwordSignIn },
      });
      return { passwordSignIn: after.passwordSignIn, version: after.version };
    });
  });

export const setOrganisationPasswordSignIn = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ organisationId: IdSchema, version: VersionSchema, passwordSignIn: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    return inMutation(ctx, async (trx, audit) => {
      const before = await findOrganisationById(trx, input.organisationId);
      if (!before) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
      const row = await updateWithVersion(trx, "organisation", input.organisationId, input.version, { passwordSignIn: input.passwordSignIn });
      await audit({
        action: "organisation.password_sign_in_set", subjectType: "organisation", subjectId: row.id, organisationId: row.id,
        before: { passwordSignIn: before.passwordSignIn }, after: { passwordSignIn: row.passwordSignIn },
      });
      return { organisationId: row.id, passwordSignIn: row.passwordSignIn, version: row.version };
    });
  });
