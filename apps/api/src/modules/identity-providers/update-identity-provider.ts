import { findIdentityProvider, setIdentityProviderOrganisations, updateWithVersion } from "@samspill/db";
import { DomainError, UpdateIdentityProviderInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { providerColumns, secretColumns } from "./provider-values.js";
import { providerView } from "./provider-view.js";

/** The admin changes a provider at the version read; "keep" leaves its secret as it is. */
export const updateProvider = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(UpdateIdentityProviderInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const actor = signedInActor(ctx);
    return inMutation(ctx, async (trx, audit) => {
      const before = await findIdentityProvider(trx, input.id);
      if (!before) throw new DomainError("NOT_FOUND", { params: { kind: "identity_provider" } });
      const secret = input.clientSecret.kind === "keep" ? {} : secretColumns(ctx, input.clientSecret);
      await updateWithVersion(trx, "identityProvider", input.id, input.version, { ...(await providerColumns(trx, input)), ...secret });
      await setIdentityProviderOrganisations(trx, input.id, input.organisationIds);
      const updated = await findIdentityProvider(trx, input.id);
      if (!updated) throw new DomainError("NOT_FOUND", { params: { kind: "identity_provider" } });
      const after = providerView(updated);
      await audit({
        action: "identity_provider.updated", subjectType: "identity_provider", subjectId: input.id,
        organisationId: actor.organisationId, before: providerView(before), after,
      });
      return after;
    });
  });
