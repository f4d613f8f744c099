import type { AuditEventWithActor } from "@samspill/db";
import { instant } from "../../trpc/instant.js";

export function auditEventView(row: AuditEventWithActor) {
  return {
    id: row.id,
    occurredAt: instant(row.occurredAt),
    actor: row.actorId === null ? null : { id: row.actorId, name: row.actorName },
    organisationId: row.organisationId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
  };
}
