import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "@samspill/db";
import { benchId, uidSql } from "./keys.js";
import { ADMIN_ORGANISATION_KEY, type CouncilSpec } from "./organisations.js";
import { BENCH_EMAIL_DOMAIN, type BenchPlan } from "./plan.js";

// Users of every organisation that takes part: six per council (four in the secretariat, two
// council members), three county officials per county with councils, two admins, and the rest
// contributors spread over the member municipalities. User n of organisation o has the id of
// `u:<o>:<n>`, so the reports find their authors and reviewers without a lookup. Every user has
// the same password (hashed once: argon2 is slow on purpose) and two earlier sessions.

const PER_COUNCIL = 6;
const PER_COUNTY = 3;
const ADMINS = 2;

export const userKey = (organisationId: string, n: number): string => `u:${organisationId}:${n}`;

export async function loadUsers(db: Kysely<Database>, plan: BenchPlan, councils: CouncilSpec[], passwordHash: string): Promise<void> {
  const uid = (key: RawBuilder<unknown>) => uidSql(plan.seed, key);
  const members = new Set(councils.flatMap((c) => c.members)).size;
  const counties = new Set(councils.map((c) => c.countyId)).size;
  const perMunicipality = Math.max(1, Math.ceil((plan.users - PER_COUNCIL * councils.length - PER_COUNTY * counties - ADMINS) / members));
  const admin = benchId(plan.seed, ADMIN_ORGANISATION_KEY);
  await sql`INSERT INTO app_user (id, organisation_id, email, name, role, language, password_hash, created_at)
    SELECT ${uid(sql`'u:' || slot.org || ':' || slot.n`)}, slot.org,
      replace(slot.role, '_', '-') || '.' || row_number() OVER (ORDER BY slot.role, slot.org, slot.n) || ${sql.lit(`@${BENCH_EMAIL_DOMAIN}`)},
      CASE WHEN slot.country = 'NO' THEN 'Testbruker ' ELSE 'Testanvändare ' END || (slot.n + 1) || ', ' || slot.name,
      slot.role, CASE slot.country WHEN 'NO' THEN 'nb' ELSE 'sv' END, ${passwordHash}, timestamptz '2020-06-01T08:00:00Z'
    FROM (
      SELECT o.id AS org, o.name, o.country, n,
        CASE o.kind WHEN 'regional_council' THEN CASE WHEN n < 4 THEN 'secretariat' ELSE 'council_member' END
          WHEN 'county' THEN 'county_official' WHEN 'partner' THEN 'admin' ELSE 'municipality_contributor' END AS role
      FROM organisation o CROSS JOIN LATERAL generate_series(0, CASE o.kind
        WHEN 'regional_council' THEN ${sql.lit(PER_COUNCIL - 1)} WHEN 'county' THEN ${sql.lit(PER_COUNTY - 1)}
        WHEN 'partner' THEN ${sql.lit(ADMINS - 1)} ELSE ${sql.lit(perMunicipality - 1)} END) AS n
      WHERE o.kind = 'regional_council' OR o.id = ${admin}
        OR o.id IN (SELECT county_id FROM organisation WHERE kind = 'regional_council')
        OR o.id IN (SELECT municipality_id FROM membership)
    ) AS slot`.execute(db);
  // One session signed out and one left to expire, a while ago; the benchmark signs in afresh.
  await sql`INSERT INTO session (user_id, token_hash, created_at, last_seen_at, expires_at, ended_at, ended_reason, ip, user_agent)
    SELECT u.id, encode(sha256(convert_to(${sql.lit(`${plan.seed}:session:`)} || u.id || ':' || s, 'UTF8')), 'hex'),
      timestamptz '2026-10-01T07:00:00Z' + make_interval(days => s * 20),
      timestamptz '2026-10-01T08:00:00Z' + make_interval(days => s * 20),
      timestamptz '2026-10-01T19:00:00Z' + make_interval(days => s * 20),
      CASE WHEN s = 0 THEN timestamptz '2026-10-01T08:00:00Z' END, CASE WHEN s = 0 THEN 'sign_out' END,
      '127.0.0.1', 'Mozilla/5.0 (samspill bench)'
    FROM app_user u CROSS JOIN generate_series(0, 1) AS s`.execute(db);
}

/** The benchmark's own users: one of each role around the first council. */
export function benchUsers(plan: BenchPlan, council: CouncilSpec) {
  const user = (org: string, n: number) => benchId(plan.seed, userKey(org, n));
  return {
    secretariat: user(council.id, 0),
    council_member: user(council.id, 4),
    municipality_contributor: user(council.members[0]!, 0),
    county_official: user(council.countyId, 0),
    admin: user(benchId(plan.seed, ADMIN_ORGANISATION_KEY), 0),
  };
}
