import { findIdentityProvider, insertIdentityProvider, setIdentityProviderOrganisations } from "@samspill/db";
import { CreateIdentityProviderInputSchema, DomainError } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation, signedInActor } from "../../trpc/mutation.js";
import { providerColumns, secretColumns } from "./provider-values.js";
import { providerView } from "./provider-view.js";

/** The admin registers an identity provider; its secret is sealed or named, and never answered. */
export const createProvider = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(CreateIdentityProviderInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const actor = signedInActor(ctx);
    return inMutation(ctx, async (trx, audit) => {
      const row = await insertIdentityProvider(trx, { ...(await providerColumns(trx, input)), ...secretColumns(ctx, input.clientSecret) });
      await setIdentityProviderOrganisations(trx, row.id, input.organisationIds);
      const created = await findIdentityProvider(trx, row.id);
      if (!created) throw new DomainError("NOT_FOUND", { params: { kind: "identity_provider" } });
      const after = providerView(created);
      await audit({ action: "identity_provider.created", subjectType: "identity_provider", subjectId: row.id, organisationId: actor.organisationId, after });
      return after;
    });
  });
