import { deleteUserIdentity, findIdentityProvider, findUserById, findUserIdentity, insertUserIdentity, listIdentitiesOfUser, listIdentityProviders } from "@samspill/db";
import { DomainError, IdSchema, LinkUserIdentityInputSchema, VersionSchema } from "@samspill/domain";
import { z } from "zod";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";

const identityView = (identity: { id: string; version: number; issuer: string; subject: string }, providerName: string | null) => ({
  id: identity.id, version: identity.version, issuer: identity.issuer, subject: identity.subject, providerName,
});

/** The identities a user signs in with, with the name of the provider of each issuer still registered. */
export const listIdentities = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ userId: IdSchema }))
  .query(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    const [identities, providers] = await Promise.all([listIdentitiesOfUser(ctx.db, input.userId), listIdentityProviders(ctx.db)]);
    return identities.map((identity) => identityView(identity, providers.find((provider) => provider.issuer === identity.issuer)?.name ?? null));
  });

/** The admin links an existing user to a provider's subject, so they sign in through it. */
export const linkIdentity = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(LinkUserIdentityInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    return inMutation(ctx, async (trx, audit) => {
      const user = await findUserById(trx, input.userId);
      if (!user) throw new DomainError("NOT_FOUND", { params: { kind: "user", field: "userId" } });
      const provider = await findIdentityProvider(trx, input.providerId);
      if (!provider) throw new DomainError("NOT_FOUND", { params: { kind: "identity_provider", field: "providerId" } });
      const identity = await insertUserIdentity(trx, { userId: user.id, issuer: provider.issuer, subject: input.subject });
      const after = identityView(identity, provider.name);
      await audit({ action: "user_identity.linked", subjectType: "user_identity", subjectId: identity.id, organisationId: user.organisationId, after: { ...after, userId: user.id } });
      return after;
    });
  });

export const unlinkIdentity = procedure
  .meta({ permission: { actions: ["manage_users"] } })
  .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .mutation(async ({ ctx, input }) => {
    ctx.authorize({ kind: "user" });
    return inMutation(ctx, async (trx, audit) => {
      const identity = await findUserIdentity(trx, input.id);
      if (!identity) throw new DomainError("NOT_FOUND", { params: { kind: "user_identity" } });
      if (!(await deleteUserIdentity(trx, input.id, input.version))) {
        throw new DomainError("CONFLICT", { reason: "version_mismatch", params: { table: "userIdentity", id: input.id, expectedVersion: input.version, currentVersion: identity.version } });
      }
      const user = await findUserById(trx, identity.userId);
      await audit({
        action: "user_identity.unlinked", subjectType: "user_identity", subjectId: identity.id,
        organisationId: user?.organisationId ?? identity.userId, before: { ...identityView(identity, null), userId: identity.userId },
      });
      return { unlinked: true };
    });
  });
