import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "@samspill/db";
import { rndSql, uidSql } from "./keys.js";
import { CURRENT_PERIOD, type BenchPlan } from "./plan.js";

// A status report for every expected report of every period (packages/domain/FIGURES.md): the
// programme version in force in the period, each measure without parts and each part. Past
// periods are mostly approved; the open period has drafts, submitted, returned and approved
// reports. Reports never close a measure (completed or cancelled), so every period expects them all.

export async function loadReports(db: Kysely<Database>, plan: BenchPlan): Promise<void> {
  const uid = (key: RawBuilder<unknown>) => uidSql(plan.seed, key);
  const h = rndSql(plan.seed, sql`'r:' || p.id || ':' || x.measure_id || ':' || coalesce(x.part_id::text, '')`, 100);
  await sql`INSERT INTO status_report (id, period_id, measure_id, part_id, organisation_id, author_id, workflow_status,
      measure_status, progress, narrative, currency, submitted_at, late, reviewed_at, reviewed_by, return_comment, created_at, updated_at)
    SELECT id, period_id, measure_id, part_id, org, author, workflow,
      CASE WHEN h % 7 = 0 THEN 'delayed' ELSE 'in_progress' END, least(95, period_no * 12 + h % 10),
      CASE WHEN workflow = 'draft' AND h % 2 = 0 THEN '' ELSE 'Arbeidet går etter planen i perioden.' END, currency,
      submitted, coalesce(submitted::date > deadline, false), reviewed, CASE WHEN reviewed IS NOT NULL THEN reviewer END,
      CASE WHEN workflow = 'returned' THEN 'Beskriv framdriften mer konkret og oppgi forbruket.' END,
      created, coalesce(reviewed, submitted, created)
    FROM (
      SELECT *, CASE WHEN workflow = 'draft' THEN NULL
          WHEN h % 10 = 0 THEN deadline + time '10:00' + make_interval(days => 3)
          ELSE deadline + time '10:00' - make_interval(days => 1 + h % 20) END AS submitted,
        CASE WHEN workflow IN ('approved', 'returned') THEN deadline + time '14:00' + make_interval(days => 5) END AS reviewed,
        period_end - 20 + time '09:00' AS created
      FROM (
        SELECT ${uid(sql`'r:' || p.id || ':' || x.measure_id || ':' || coalesce(x.part_id::text, '')`)} AS id,
          p.id AS period_id, x.measure_id, x.part_id, x.org, ${uid(sql`'u:' || x.org || ':0'`)} AS author,
          ${uid(sql`'u:' || p.council_id || ':0'`)} AS reviewer, ${h} AS h, p.deadline, p.period_end,
          extract(year FROM p.period_start)::int - 2020 AS period_no,
          CASE c.country WHEN 'NO' THEN 'NOK' ELSE 'SEK' END AS currency,
          CASE WHEN p.name = ${CURRENT_PERIOD} THEN
              CASE WHEN ${h} < 35 THEN 'draft' WHEN ${h} < 65 THEN 'submitted' WHEN ${h} < 85 THEN 'approved' ELSE 'returned' END
            ELSE CASE WHEN ${h} < 92 THEN 'approved' WHEN ${h} < 96 THEN 'submitted' ELSE 'returned' END END AS workflow
        FROM reporting_period p
        JOIN organisation c ON c.id = p.council_id
        JOIN programme pr ON pr.owner_id = p.council_id AND pr.status IN ('adopted', 'superseded') AND pr.period_start <= p.period_end
          AND NOT EXISTS (SELECT 1 FROM programme successor WHERE successor.predecessor_id = pr.id
            AND successor.status IN ('adopted', 'superseded') AND successor.period_start <= p.period_end)
        CROSS JOIN LATERAL (
          SELECT m.id AS measure_id, mp.id AS part_id, coalesce(mp.municipality_id, m.owner_id) AS org
          FROM measure m LEFT JOIN measure_part mp ON mp.measure_id = m.id WHERE m.programme_id = pr.id
        ) AS x
      ) AS expected
    ) AS report`.execute(db);
  await loadSpending(db, plan);
}

/** What the sent reports spent, by funding source; the report's total is the database's own sum. */
async function loadSpending(db: Kysely<Database>, plan: BenchPlan): Promise<void> {
  const h = rndSql(plan.seed, sql`'spent:' || r.id`, 100);
  // Added up once for all reports below instead of one report update per line.
  await sql`ALTER TABLE status_report_spending DISABLE TRIGGER status_report_spending_changed`.execute(db);
  await sql`INSERT INTO status_report_spending (report_id, funding_source, amount_minor, currency)
    SELECT r.id, line.source, 10000 * (1 + (${h} + line.k * 37) % 90), r.currency
    FROM status_report r JOIN organisation o ON o.id = r.organisation_id
    CROSS JOIN LATERAL (VALUES
      (0, CASE o.kind WHEN 'municipality' THEN 'municipal_own_contribution' ELSE 'council_funds' END),
      (1, 'county_partnership_funds')) AS line(k, source)
    WHERE r.workflow_status <> 'draft' AND ${h} % 4 <> 0 AND (line.k = 0 OR ${h} % 3 = 0)`.execute(db);
  await sql`ALTER TABLE status_report_spending ENABLE TRIGGER status_report_spending_changed`.execute(db);
  await sql`UPDATE status_report r SET spent_minor = 0 WHERE EXISTS (SELECT 1 FROM status_report_spending s WHERE s.report_id = r.id)`.execute(db);
}
