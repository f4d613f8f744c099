import { sql, type Expression, type SqlBool } from "kysely";

/**
 * Rows valid on an ISO date: `valid_from <= on AND (valid_to IS NULL OR valid_to >= on)`.
 * Both ends are inclusive, matching the `daterange(valid_from, valid_to, '[]')` exclusion
 * constraints. Pass the table (or alias) when the query joins another dated table.
 */
export function validOn(on: string, table?: "organisation" | "membership"): Expression<SqlBool> {
  const from = sql.ref(table ? `${table}.validFrom` : "validFrom");
  const to = sql.ref(table ? `${table}.validTo` : "validTo");
  return sql<SqlBool>`(${from} <= ${on}::date and (${to} is null or ${to} >= ${on}::date))`;
}
