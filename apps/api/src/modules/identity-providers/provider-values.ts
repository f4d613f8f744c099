import { findOrganisationById, type Executor } from "@samspill/db";
import { DomainError, type ClientSecretInput, type CreateIdentityProviderInput } from "@samspill/domain";
import type { Context } from "../../trpc/context.js";
import { assertRoleFits } from "../users/user-rules.js";

type ProviderFields = Omit<CreateIdentityProviderInput, "clientSecret" | "organisationIds">;

/** The columns a provider's input sets, checked against the organisations it names. */
export async function providerColumns(trx: Executor, input: ProviderFields & { organisationIds: string[] }) {
  for (const organisationId of input.organisationIds) {
    if (!(await findOrganisationById(trx, organisationId))) {
      throw new DomainError("NOT_FOUND", { params: { kind: "organisation", field: "organisationIds" } });
    }
  }
  if (input.createUsers && input.newUserRole && input.newUserOrganisationId) {
    await assertRoleFits(trx, input.newUserRole, input.newUserOrganisationId);
  }
  return {
    name: input.name,
    issuer: input.issuer,
    clientId: input.clientId,
    scopes: input.scopes,
    acrValues: input.acrValues || null,
    emailClaim: input.emailClaim,
    nameClaim: input.nameClaim,
    emailDomains: [...new Set(input.emailDomains)],
    listed: input.listed,
    createUsers: input.createUsers,
    newUserRole: input.createUsers ? input.newUserRole : null,
    newUserOrganisationId: input.createUsers ? input.newUserOrganisationId : null,
  };
}

/**
 * The secret columns for a new secret: sealed under SAMSPILL_SECRET_KEY, or the name of an
 * environment variable. Without a key a secret cannot be stored, and the admin is told so.
 */
export function secretColumns(ctx: Context, secret: Exclude<ClientSecretInput, { kind: "keep" }>) {
  switch (secret.kind) {
    case "none":
      return { clientSecretEncrypted: null, clientSecretEnv: null };
    case "environment":
      return { clientSecretEncrypted: null, clientSecretEnv: secret.name };
    case "stored": {
      const box = ctx.oidc.options.secrets;
      if (!box) throw new DomainError("INVALID_INPUT", { reason: "secret_key_missing", params: { field: "clientSecret" } });
      return { clientSecretEncrypted: box.seal(secret.value), clientSecretEnv: null };
    }
  }
}
