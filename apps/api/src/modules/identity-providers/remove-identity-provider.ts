import { deleteIdentityProvider, findIdentityProvider } from "@samspill/db";
import { DomainError, IdSchema, VersionSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { providerView } from "./provider-view.js";

/**
 * The admin removes a provider at the version read. Its people's identities stay linked to their
 * users (they are keyed on the issuer), so registering the provider again lets them in again.
 */
export const removeProvider = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const actor = signedInActor(ctx);
    return inMutation(ctx, async (trx, audit) => {
      const before = await findIdentityProvider(trx, input.id);
      if (!before) throw new DomainError("NOT_FOUND", { params: { kind: "identity_provider" } });
      if (!(await deleteIdentityProvider(trx, input.id, input.version))) {
        throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { table: "identityProvider", id: input.id, expectedVersion: input.version, currentVersion: before.version } });
      }
      await audit({ action: "identity_provider.removed", subjectType: "identity_provider", subjectId: input.id, organisationId: actor.organisationId, before: providerView(before) });
      return { removed: true };
    });
  });
