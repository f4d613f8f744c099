import type { Insertable, Selectable } from "kysely";
import type { Database } from "../client/database.js";

// Append-only: the database refuses to change or remove a row, so there is no update type.

export type AuditEventTable = Database["auditEvent"];
export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
