import { sql, type Kysely } from "kysely";

// Every reporting figure asks, for each expected report, whether the measure or part was reported
// completed or cancelled in an approved report of an earlier period (`figures/expected-reports.ts`).
// Without an index of those few closing reports, each question read all of the measure's reports:
// at national scale a county's dashboard read some 275 000 index entries for it. This partial
// index holds only the closing reports, so the question is one short index probe.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX status_report_closing_idx ON status_report (measure_id, period_id)
    WHERE workflow_status = 'approved' AND measure_status IN ('completed', 'cancelled')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS status_report_closing_idx`.execute(db);
}
