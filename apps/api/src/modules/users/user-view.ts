import type { UserRow } from "@samspill/db";
import { instant } from "../../trpc/instant.js";

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
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
    version: row.version,
  };
}
