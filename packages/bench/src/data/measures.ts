import { sql, type Kysely } from "kysely";
import type { Database } from "@samspill/db";
import { rndSql, uidSql } from "./keys.js";
import type { BenchPlan } from "./plan.js";
import { FOCUS_AREAS, GOALS_PER_AREA, type ProgrammeSpec } from "./programmes.js";

// The measures of every programme version, made inside PostgreSQL from the programme specs:
// position i of a programme decides its shape — i % 5 = 0 a shared measure the council reports
// on itself, 1–3 a shared measure with parts (always one for the council's first member, the
// benchmark contributor's municipality, and up to three more), 4 a member's local measure.

const STATUSES = sql.raw(`(ARRAY['planned','in_progress','in_progress','in_progress','delayed','completed'])`);
const TOPICS = sql.raw(`(ARRAY['Regional ladestruktur','Felles kompetanseløft','Næringsvennlig region','Reiseliv og opplevelser',` +
  `'Digital samhandling','Klimatilpasning','Grønn omstilling','Unge i arbeid','Trygge lokalsamfunn','Kollektivtilbud'])`);

function specsTable(specs: ProgrammeSpec[]) {
  return sql`jsonb_to_recordset(${JSON.stringify(specs)}::jsonb)
    AS s(pid uuid, pkey text, council uuid, members jsonb, start date, "end" date, n int, revision int, currency text)`;
}

export async function loadMeasures(db: Kysely<Database>, plan: BenchPlan, specs: ProgrammeSpec[]): Promise<void> {
  const uid = (key: ReturnType<typeof sql>) => uidSql(plan.seed, key);
  const rnd = (key: ReturnType<typeof sql>, modulo: number) => rndSql(plan.seed, key, modulo);
  const mkey = sql`'m:' || s.pkey || ':' || i`;
  const member = sql`(s.members->>(i % jsonb_array_length(s.members)))::uuid`;
  await sql`INSERT INTO measure (id, programme_id, focus_area_id, scope, owner_id, responsible_organisation_id,
      responsible_person, title, description, start_date, end_date, status, progress, sdg_goals, position, predecessor_id)
    SELECT ${uid(mkey)}, s.pid, ${uid(sql`'fa:' || s.pkey || ':' || (i % ${sql.lit(FOCUS_AREAS.length)})`)},
      CASE WHEN i % 5 < 4 THEN 'shared' ELSE 'local' END,
      CASE WHEN i % 5 < 4 THEN s.council ELSE ${member} END,
      CASE WHEN i % 5 < 4 THEN s.council ELSE ${member} END,
      'Prosjektleder ' || (i % 40 + 1),
      ${TOPICS}[1 + i % 10] || ' ' || (i + 1),
      'Tiltaket følger opp handlingsprogrammets mål for ' || lower(${TOPICS}[1 + i % 10]) || '.',
      s.start, s."end",
      ${STATUSES}[1 + ${rnd(mkey, 6)}],
      ${rnd(sql`${mkey} || ':progress'`, 101)},
      ARRAY[1 + i % 17, 1 + (i + 6) % 17],
      i,
      CASE WHEN s.revision = 2 THEN ${uid(sql`'m:' || replace(s.pkey, ':2', ':1') || ':' || i`)} END
    FROM ${specsTable(specs)} CROSS JOIN LATERAL generate_series(0, s.n - 1) AS i
    ORDER BY s.revision, s.pkey, i`.execute(db);
  // Revision 2 has as many measures as revision 1, so every predecessor exists.
  await sql`INSERT INTO measure_goal (measure_id, goal_id)
    SELECT ${uid(mkey)}, ${uid(sql`'goal:' || s.pkey || ':' || (i % ${sql.lit(FOCUS_AREAS.length)}) || ':' || (i / ${sql.lit(FOCUS_AREAS.length)} % ${sql.lit(GOALS_PER_AREA)})`)}
    FROM ${specsTable(specs)} CROSS JOIN LATERAL generate_series(0, s.n - 1) AS i`.execute(db);
  const pkey = sql`'p:' || s.pkey || ':' || i || ':' || j`;
  await sql`INSERT INTO measure_part (id, measure_id, municipality_id, description, contact_name, contact_email,
      status, progress, budget_share_minor, currency)
    SELECT ${uid(pkey)}, ${uid(mkey)}, (s.members->>k)::uuid, 'Kommunens del av tiltaket.', 'Kontaktperson ' || (j + 1),
      'kontakt' || (j + 1) || '@' || ${sql.lit(plan.seed)} || '.invalid',
      ${STATUSES}[1 + ${rnd(pkey, 6)}], ${rnd(sql`${pkey} || ':progress'`, 101)},
      CASE WHEN j = 0 THEN 100000 * (1 + ${rnd(pkey, 50)}) END, CASE WHEN j = 0 THEN s.currency END
    FROM ${specsTable(specs)} CROSS JOIN LATERAL generate_series(0, s.n - 1) AS i
    CROSS JOIN LATERAL (
      SELECT j, CASE WHEN j = 0 THEN 0 ELSE 1 + (i + j) % (jsonb_array_length(s.members) - 1) END AS k
      FROM generate_series(0, least(4, jsonb_array_length(s.members)) - 1) AS j
    ) AS part
    WHERE i % 5 IN (1, 2, 3)`.execute(db);
  await loadBudgets(db, plan);
  await loadOutputIndicators(db, plan);
}

/** Two budget lines a measure (its first two years), one a part (its own contribution). */
async function loadBudgets(db: Kysely<Database>, plan: BenchPlan): Promise<void> {
  const rnd = (key: ReturnType<typeof sql>, modulo: number) => rndSql(plan.seed, key, modulo);
  await sql`INSERT INTO budget_line (measure_id, part_id, year, amount_minor, currency, funding_source, description)
    SELECT m.id, NULL, extract(year FROM m.start_date)::int + y, 50000 * (1 + ${rnd(sql`m.id::text || y`, 40)}),
      CASE o.country WHEN 'NO' THEN 'NOK' ELSE 'SEK' END,
      CASE WHEN y = 0 THEN 'county_partnership_funds' WHEN m.scope = 'shared' THEN 'council_funds' ELSE 'municipal_own_contribution' END,
      ''
    FROM measure m JOIN organisation o ON o.id = m.owner_id CROSS JOIN generate_series(0, 1) AS y`.execute(db);
  await sql`INSERT INTO budget_line (measure_id, part_id, year, amount_minor, currency, funding_source, description)
    SELECT mp.measure_id, mp.id, extract(year FROM m.start_date)::int, 20000 * (1 + ${rnd(sql`mp.id::text`, 40)}),
      CASE o.country WHEN 'NO' THEN 'NOK' ELSE 'SEK' END, 'municipal_own_contribution', 'Egeninnsats'
    FROM measure_part mp JOIN measure m ON m.id = mp.measure_id JOIN organisation o ON o.id = mp.municipality_id`.execute(db);
}

/** An output indicator on every fourth measure, beside the goals' outcome indicators; then the values. */
async function loadOutputIndicators(db: Kysely<Database>, plan: BenchPlan): Promise<void> {
  const uid = (key: ReturnType<typeof sql>) => uidSql(plan.seed, key);
  const rnd = (key: ReturnType<typeof sql>, modulo: number) => rndSql(plan.seed, key, modulo);
  await sql`INSERT INTO indicator (id, kind, measure_id, name, unit, baseline, baseline_date, target, target_date)
    SELECT ${uid(sql`'indicator:measure:' || m.id`)}, 'output', m.id, 'Gjennomførte aktiviteter', 'antall', 0, m.start_date, 20, m.end_date
    FROM measure m WHERE m.position % 4 = 0`.execute(db);
  const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM indicator`.execute(db);
  const perIndicator = Math.max(1, Math.round(plan.indicatorValues / Math.max(1, count.rows[0]!.n)));
  // Monthly figures back from November 2026, the whole indicator's (no municipality).
  await sql`INSERT INTO indicator_value (id, indicator_id, municipality_id, measured_on, value, source)
    SELECT ${uid(sql`'value:' || ind.id || ':' || d`)}, ind.id, NULL, (date '2026-11-01' - make_interval(months => d))::date,
      ${rnd(sql`ind.id::text || d`, 1000)} / 10.0, 'manual'
    FROM indicator ind CROSS JOIN generate_series(0, ${sql.lit(perIndicator - 1)}) AS d`.execute(db);
}
