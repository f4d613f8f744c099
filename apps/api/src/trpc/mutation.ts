import { inTransaction, recordAudit, type Database } from "@samspill/db";
import { DomainError, type SubjectType, type UserActor } from "@samspill/domain";
import type { Transaction } from "kysely";
import type { Context } from "./context.js";

export interface AuditEntry {
  action: string;
  subjectType: SubjectType;
  subjectId: string;
  /** The organisation whose log this belongs in (the council, municipality or county). */
  organisationId: string;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/**
 * A use case that changes data: one transaction, and an `audit` that writes the event in that
 * same transaction, so a change and its log entry are committed together or not at all.
 */
export function inMutation<T>(ctx: Context, work: (trx: Transaction<Database>, audit: Audit) => Promise<T>): Promise<T> {
  return inTransaction(ctx.db, (trx) =>
    work(trx, async (entry) => {
      await recordAudit(trx, {
        actorId: ctx.user?.id ?? null,
        organisationId: entry.organisationId,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: ctx.requestId,
      });
    }),
  );
}

/** The signed-in user's actor; procedures declared `signedIn` or with actions may rely on it. */
export function signedInActor(ctx: Context): UserActor {
  if (ctx.actor.role === "public") throw new DomainError("UNAUTHENTICATED", { reason: "sign_in_required" });
  return ctx.actor;
}
