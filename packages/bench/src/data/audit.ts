import { sql, type Kysely } from "kysely";
import type { Database } from "@samspill/db";
import type { BenchPlan } from "./plan.js";

/**
 * The audit log the reporting would have written: each report's creation, submission and
 * review, and each measure's creation, in time order, as many as the plan asks for.
 */
export async function loadAuditEvents(db: Kysely<Database>, plan: BenchPlan): Promise<void> {
  await sql`INSERT INTO audit_event (occurred_at, actor_id, organisation_id, action, subject_type, subject_id, before, after, request_id)
    SELECT at, actor, org, action, subject_type, subject, before, after, NULL
    FROM (
      SELECT r.created_at AS at, r.author_id AS actor, r.organisation_id AS org, 'status_report.created' AS action,
        'status_report' AS subject_type, r.id AS subject, NULL::jsonb AS before,
        jsonb_build_object('workflowStatus', 'draft', 'progress', r.progress) AS after
      FROM status_report r
      UNION ALL
      SELECT r.submitted_at, r.author_id, r.organisation_id, 'status_report.submitted', 'status_report', r.id,
        jsonb_build_object('workflowStatus', 'draft'), jsonb_build_object('workflowStatus', 'submitted', 'late', r.late)
      FROM status_report r WHERE r.submitted_at IS NOT NULL
      UNION ALL
      SELECT r.reviewed_at, r.reviewed_by, r.organisation_id,
        CASE r.workflow_status WHEN 'approved' THEN 'status_report.approved' ELSE 'status_report.returned' END, 'status_report', r.id,
        jsonb_build_object('workflowStatus', 'submitted'), jsonb_build_object('workflowStatus', r.workflow_status)
      FROM status_report r WHERE r.reviewed_at IS NOT NULL
      UNION ALL
      SELECT m.created_at, NULL, m.owner_id, 'measure.created', 'measure', m.id, NULL,
        jsonb_build_object('title', m.title, 'status', m.status)
      FROM measure m
    ) AS event
    ORDER BY at
    LIMIT ${sql.lit(plan.auditEvents)}`.execute(db);
}
