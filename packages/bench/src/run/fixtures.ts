import type pg from "pg";
import { BENCH_PASSWORD, CURRENT_PERIOD } from "../data/plan.js";

// What the benchmark asks for, found in the generated installation: the big council (the one
// with the slug region-1), its county, its programme in force and a measure with parts there,
// the open period, the contributor's municipality (the member with a part in every shared
// measure), and one user of each role.

export type BenchRole = "secretariat" | "municipality_contributor" | "county_official" | "council_member" | "admin";

export interface Fixtures {
  councilId: string;
  countyId: string;
  programmeId: string;
  /** A programme of an ordinary council, for the mixed load. */
  smallProgrammeId: string;
  measureId: string;
  periodId: string;
  municipalityId: string;
  measures: number;
  emails: Record<BenchRole, string>;
  password: string;
}

export async function findFixtures(client: pg.ClientBase): Promise<Fixtures> {
  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T> => {
    const { rows } = await client.query<T>(text, values);
    if (!rows[0]) throw new Error(`The national database lacks what the benchmark needs (${text.slice(0, 60)}…): run pnpm bench:data first.`);
    return rows[0];
  };
  const council = await one<{ id: string; county_id: string }>("SELECT id, county_id FROM organisation WHERE slug = 'region-1'");
  const programme = await one<{ id: string; n: number }>(
    `SELECT p.id, (SELECT count(*)::int FROM measure m WHERE m.programme_id = p.id) AS n
     FROM programme p WHERE p.owner_id = $1 AND p.status = 'adopted'`, [council.id]);
  const small = await one<{ id: string }>(
    "SELECT p.id FROM programme p JOIN organisation o ON o.id = p.owner_id WHERE o.slug = 'region-2' AND p.status = 'adopted'");
  const municipality = await one<{ id: string }>(
    `SELECT mp.municipality_id AS id FROM measure_part mp JOIN measure m ON m.id = mp.measure_id
     WHERE m.programme_id = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`, [programme.id]);
  const measure = await one<{ id: string }>(
    `SELECT m.id FROM measure m JOIN measure_part mp ON mp.measure_id = m.id AND mp.municipality_id = $2
     WHERE m.programme_id = $1 ORDER BY m.position LIMIT 1`, [programme.id, municipality.id]);
  const period = await one<{ id: string }>("SELECT id FROM reporting_period WHERE council_id = $1 AND name = $2", [council.id, CURRENT_PERIOD]);
  const email = async (role: BenchRole, organisationId: string | null) => (await one<{ email: string }>(
    `SELECT email FROM app_user WHERE role = $1 AND ($2::uuid IS NULL OR organisation_id = $2) ORDER BY email LIMIT 1`,
    [role, organisationId])).email;
  return {
    councilId: council.id, countyId: council.county_id, programmeId: programme.id, smallProgrammeId: small.id,
    measureId: measure.id, periodId: period.id, municipalityId: municipality.id, measures: programme.n,
    emails: {
      secretariat: await email("secretariat", council.id),
      council_member: await email("council_member", council.id),
      municipality_contributor: await email("municipality_contributor", municipality.id),
      county_official: await email("county_official", council.county_id),
      admin: await email("admin", null),
    },
    password: BENCH_PASSWORD,
  };
}

/**
 * The contributor's reports in the open period made drafts again, so submitting has a supply:
 * the benchmark's own data, reset before each run that writes. Answers each draft's id and version.
 */
export async function resetDrafts(client: pg.ClientBase, fixtures: Fixtures): Promise<{ id: string; version: number }[]> {
  const { rows } = await client.query<{ id: string; version: number }>(
    `UPDATE status_report SET workflow_status = 'draft', submitted_at = NULL, late = false, reviewed_at = NULL,
       reviewed_by = NULL, return_comment = NULL
     WHERE period_id = $1 AND organisation_id = $2 RETURNING id, version`, [fixtures.periodId, fixtures.municipalityId]);
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}
