import { randomBytes } from "node:crypto";
import {
  endSessionsOfUser,
  findOrganisationById,
  findOrganisationBySlug,
  findUserByEmail,
  hashPassword,
  inTransaction,
  insertUser,
  recordAudit,
  updateWithVersion,
  type Db,
  type OrganisationRow,
} from "@samspill/db";
import { DomainError, ROLES, UI_LANGUAGES, type Role, type UiLanguage } from "@samspill/domain";

export interface CreateUserArgs {
  organisation: string;
  email: string;
  name: string;
  role: string;
  language?: string | undefined;
  password?: string | undefined;
}

/** A readable one-off password for the operator to hand over (about 120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

async function resolveOrganisation(db: Db, reference: string): Promise<OrganisationRow> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference);
  const organisation = uuid ? await findOrganisationById(db, reference) : await findOrganisationBySlug(db, reference);
  if (!organisation) throw new DomainError("NOT_FOUND", { params: { kind: "organisation", reference } });
  return organisation;
}

function parseRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new DomainError("INVALID_INPUT", { reason: "unknown_role", params: { role, allowed: ROLES.join(", ") } });
  }
  return role as Role;
}

function parseLanguage(language: string | undefined): UiLanguage | null {
  if (language === undefined) return null;
  if (!(UI_LANGUAGES as readonly string[]).includes(language)) {
    throw new DomainError("INVALID_INPUT", { reason: "unknown_language", params: { language } });
  }
  return language as UiLanguage;
}

/** An organisation's first (or next) user, with a password the operator passes on. */
export async function createUserCommand(db: Db, args: CreateUserArgs) {
  const organisation = await resolveOrganisation(db, args.organisation);
  const role = parseRole(args.role);
  const password = args.password ?? generatePassword();
  if (password.length < 12) throw new DomainError("INVALID_INPUT", { reason: "password_too_short", params: { min: 12 } });
  const passwordHash = await hashPassword(password);
  const user = await inTransaction(db, async (trx) => {
    const created = await insertUser(trx, {
      organisationId: organisation.id,
      email: args.email,
      name: args.name,
      role,
      language: parseLanguage(args.language),
      passwordHash,
    });
    await recordAudit(trx, {
      actorId: null,
      organisationId: organisation.id,
      action: "user.created",
      subjectType: "user",
      subjectId: created.id,
      after: { email: created.email, name: created.name, role: created.role },
      requestId: "cli",
    });
    return created;
  });
  return { user, organisation, password };
}

/** A new password for a user; every open session of theirs ends at once. */
export async function resetPasswordCommand(db: Db, args: { email: string; password?: string | undefined }) {
  const password = args.password ?? generatePassword();
  if (password.length < 12) throw new DomainError("INVALID_INPUT", { reason: "password_too_short", params: { min: 12 } });
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (trx) => {
    const user = await findUserByEmail(trx, args.email);
    if (!user) throw new DomainError("NOT_FOUND", { params: { kind: "user" } });
    await updateWithVersion(trx, "appUser", user.id, user.version, { passwordHash });
    const endedSessions = await endSessionsOfUser(trx, user.id, "password_reset", new Date());
    await recordAudit(trx, {
      actorId: null,
      organisationId: user.organisationId,
      action: "user.password_reset",
      subjectType: "user",
      subjectId: user.id,
      after: { endedSessions },
      requestId: "cli",
    });
    return { user, password, endedSessions };
  });
}
