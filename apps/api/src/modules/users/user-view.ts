import type { UserRow } from "@samspill/db";

/** A user as the admin sees one: never the password hash, only whether a password is set. */
export function userView(row: UserRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    active: row.active,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
