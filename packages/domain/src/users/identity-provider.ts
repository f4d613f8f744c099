import { z } from "zod";
import { ROLES } from "../shared/enums";
import { IdSchema, VersionSchema, requiredText } from "../shared/primitives";

// An OpenID Connect provider people sign in through (Entra ID, Ansattporten, ID-porten, Freja
// eID …). Its people are known by the provider's (issuer, subject) pair, never by e-mail alone.

/** Roles a provider may give the users it creates; an admin is never made by a sign-in. */
export const SSO_CREATED_ROLES = ROLES.filter((role) => role !== "admin") as Exclude<(typeof ROLES)[number], "admin">[];

/** Environment variables a provider's secret may be read from: only these, never DATABASE_URL and the like. */
export const SECRET_ENV_PREFIX = "SAMSPILL_OIDC_SECRET_";

const IssuerSchema = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/ }))
  .refine((value) => !value.includes("?") && !value.includes("#"), { message: "issuer_has_query" })
  // Plain HTTP only towards this machine: development and the tests' local provider.
  .refine((value) => value.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(value), { message: "issuer_https_required" });

const ClaimNameSchema = z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,100}$/);
const DomainSchema = z.string().trim().toLowerCase().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/);

/** How the client secret is given (on an update also "keep" the one saved): stored encrypted, read from an environment variable, or none (a public client using PKCE). */
const NewClientSecretOptions = [
  z.strictObject({ kind: z.literal("none") }),
  z.strictObject({ kind: z.literal("stored"), value: z.string().min(1).max(1000) }),
  z.strictObject({ kind: z.literal("environment"), name: z.string().trim().regex(new RegExp(`^${SECRET_ENV_PREFIX}[A-Z0-9_]+$`)) }),
] as const;
export const NewClientSecretInputSchema = z.discriminatedUnion("kind", [...NewClientSecretOptions]);
export const ClientSecretInputSchema = z.discriminatedUnion("kind", [z.strictObject({ kind: z.literal("keep") }), ...NewClientSecretOptions]);
export type ClientSecretInput = z.infer<typeof ClientSecretInputSchema>;

const providerFields = {
  name: requiredText(100),
  issuer: IssuerSchema,
  clientId: requiredText(300),
  scopes: z
    .string()
    .trim()
    .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/)
    .refine((value) => value.split(" ").includes("openid"), { message: "openid_required" }),
  acrValues: z.string().trim().max(300).nullable(),
  emailClaim: ClaimNameSchema,
  nameClaim: ClaimNameSchema,
  emailDomains: z.array(DomainSchema).max(50),
  listed: z.boolean(),
  organisationIds: z.array(IdSchema).max(500),
  createUsers: z.boolean(),
  newUserRole: z.enum(SSO_CREATED_ROLES).nullable(),
  newUserOrganisationId: IdSchema.nullable(),
};

function creationIsComplete(value: { createUsers?: boolean | undefined; newUserRole?: unknown; newUserOrganisationId?: unknown }): boolean {
  return !value.createUsers || (value.newUserRole != null && value.newUserOrganisationId != null);
}
const CREATION_INCOMPLETE = { message: "new_user_role_and_organisation_required", path: ["newUserRole"] };

export const CreateIdentityProviderInputSchema = z
  .strictObject({ ...providerFields, clientSecret: NewClientSecretInputSchema })
  .refine(creationIsComplete, CREATION_INCOMPLETE);
export type CreateIdentityProviderInput = z.infer<typeof CreateIdentityProviderInputSchema>;

export const UpdateIdentityProviderInputSchema = z
  .strictObject({ id: IdSchema, version: VersionSchema, ...providerFields, clientSecret: ClientSecretInputSchema })
  .refine(creationIsComplete, CREATION_INCOMPLETE);
export type UpdateIdentityProviderInput = z.infer<typeof UpdateIdentityProviderInputSchema>;

export const LinkUserIdentityInputSchema = z.strictObject({
  userId: IdSchema,
  providerId: IdSchema,
  subject: requiredText(255),
});
