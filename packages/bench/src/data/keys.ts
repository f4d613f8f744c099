import { createHash } from "node:crypto";
import { sql, type RawBuilder } from "kysely";

// Every generated row's id and every "random" choice comes from md5 of the seed and a stable
// key, in TypeScript and in SQL alike, so one seed always gives the same installation and the
// bulk rows can be made inside PostgreSQL (INSERT … SELECT generate_series) without a client
// round trip per row.

/**
 * The uuid of a key: md5(`<seed>:<key>`) with the version digit 3 (name-based, MD5) and the
 * RFC 4122 variant 8, as the API's id schema asks; the same as `uidSql`.
 */
export function benchId(seed: string, key: string): string {
  const md5 = createHash("md5").update(`${seed}:${key}`, "utf8").digest("hex");
  const hex = `${md5.slice(0, 12)}3${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SQL for the uuid of a key expression (text), the same as `benchId`. */
export function uidSql(seed: string, key: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`overlay(overlay(md5(${sql.lit(`${seed}:`)} || ${key}) placing '3' from 13) placing '8' from 17)::uuid`;
}

/** SQL for a number in [0, modulo) drawn from a key expression (text). */
export function rndSql(seed: string, key: RawBuilder<unknown>, modulo: number): RawBuilder<number> {
  return sql<number>`(('x' || substr(md5(${sql.lit(`${seed}:r:`)} || ${key}), 1, 8))::bit(32)::bigint % ${sql.lit(modulo)})::int`;
}

/** A number in [0, modulo) from a key, for choices made in TypeScript. */
export function rnd(seed: string, key: string, modulo: number): number {
  return parseInt(createHash("md5").update(`${seed}:r:${key}`, "utf8").digest("hex").slice(0, 8), 16) % modulo;
}
