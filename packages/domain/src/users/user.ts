import { z } from "zod";
import { ROLES, UI_LANGUAGES, type OrganisationKind, type Role } from "../shared/enums";
import { IdSchema, VersionSchema, requiredText } from "../shared/primitives";

// Every user belongs to one organisation; the role must fit its kind, because the permission
// rules read "own council", "own municipality" and "own county" from that organisation.

export const RoleSchema = z.enum(ROLES);

/** E-mail addresses are stored lower-case so sign-in is case-insensitive. */
export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email());

export const ROLE_ORGANISATION_KINDS: Record<Role, readonly OrganisationKind[]> = {
  secretariat: ["regional_council"],
  municipality_contributor: ["municipality"],
  county_official: ["county"],
  council_member: ["regional_council"],
  admin: ["county", "regional_council", "municipality", "partner"],
};

export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return ROLE_ORGANISATION_KINDS[role].includes(kind);
}

const userFields = {
  organisationId: IdSchema,
  email: EmailSchema,
  name: requiredText(200),
  role: RoleSchema,
  /** Null: follow the organisation's language. */
  language: z.enum(UI_LANGUAGES).nullable(),
  active: z.boolean(),
};

export const UserSchema = z.strictObject({ id: IdSchema, ...userFields, version: VersionSchema });
export type User = z.infer<typeof UserSchema>;

export const CreateUserInputSchema = z.strictObject({
  ...userFields,
  language: userFields.language.default(null),
  active: userFields.active.default(true),
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

export const UpdateUserInputSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  organisationId: userFields.organisationId.optional(),
  email: userFields.email.optional(),
  name: userFields.name.optional(),
  role: userFields.role.optional(),
  language: userFields.language.optional(),
  active: userFields.active.optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;
