import {
  findUserByIdentity,
  findUserByEmail,
  inTransaction,
  insertOidcSession,
  insertUser,
  insertUserIdentity,
  providerServesOrganisation,
  recordAudit,
  type Db,
  type IdentityProviderRow,
  type UserRow,
} from "@samspill/db";
import { EmailSchema } from "@samspill/domain";
import { openSession, type OpenedSession } from "../session-service.js";
import { SsoRefusal } from "./sso-refusal.js";

export interface VerifiedSignIn {
  provider: IdentityProviderRow;
  /** The ID token's claims, already validated (issuer, audience, signature, expiry, nonce, acr). */
  claims: Record<string, unknown>;
  idToken: string;
  meta: { ip: string; userAgent: string; now: Date; requestId: string };
}

/**
 * Turns a validated ID token into a session: the user is found by the provider's (issuer,
 * subject), or created when the provider creates users. The user must be active and belong to
 * an organisation the provider serves. Everything, the audit entry included, in one transaction.
 */
export async function completeSignIn(db: Db, signIn: VerifiedSignIn): Promise<OpenedSession> {
  const { provider, claims, meta } = signIn;
  const subject = String(claims.sub);
  return inTransaction(db, async (trx) => {
    const user = (await findUserByIdentity(trx, provider.issuer, subject)) ?? (await createUserFromClaims(trx, signIn, subject));
    if (!user.active) throw new SsoRefusal("user_inactive");
    if (!(await providerServesOrganisation(trx, provider.id, user.organisationId))) throw new SsoRefusal("organisation_not_allowed");
    const opened = await openSession(trx, user, meta);
    await insertOidcSession(trx, { sessionId: opened.session.id, providerId: provider.id, idToken: signIn.idToken });
    await recordAudit(trx, {
      actorId: user.id,
      organisationId: user.organisationId,
      action: "user.signed_in",
      subjectType: "user",
      subjectId: user.id,
      after: { method: "oidc", providerId: provider.id, provider: provider.name, acr: claims.acr ?? null },
      requestId: meta.requestId,
    });
    return opened;
  });
}

async function createUserFromClaims(trx: Db, signIn: VerifiedSignIn, subject: string): Promise<UserRow> {
  const { provider, claims } = signIn;
  // The log line of this refusal names the subject, for the admin to link the person's account.
  const known = { issuer: provider.issuer, subject, email: claims[provider.emailClaim] ?? null };
  if (!provider.createUsers || !provider.newUserRole || !provider.newUserOrganisationId) throw new SsoRefusal("unknown_user", { cause: known });
  const email = EmailSchema.safeParse(claims[provider.emailClaim]);
  if (!email.success) throw new SsoRefusal("email_missing");
  // An account with the address already exists but is not linked to this identity: linking it
  // is the admin's decision, or anyone the provider vouches for could take over that account.
  if (await findUserByEmail(trx, email.data)) throw new SsoRefusal("account_exists_unlinked", { cause: known });
  const claimedName = claims[provider.nameClaim];
  const name = typeof claimedName === "string" && claimedName.trim() ? claimedName.trim().slice(0, 200) : email.data;
  const user = await insertUser(trx, {
    organisationId: provider.newUserOrganisationId,
    email: email.data,
    name,
    role: provider.newUserRole,
    passwordHash: null,
  });
  const identity = await insertUserIdentity(trx, { userId: user.id, issuer: provider.issuer, subject });
  await recordAudit(trx, {
    actorId: null,
    organisationId: user.organisationId,
    action: "user.created",
    subjectType: "user",
    subjectId: user.id,
    after: { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId, identityId: identity.id, providerId: provider.id },
    requestId: signIn.meta.requestId,
  });
  return user;
}
