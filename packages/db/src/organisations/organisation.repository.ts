import type { Country, OrganisationKind } from "@samspill/domain";
import { validOn } from "../shared/validity.js";
import type { Executor } from "../shared/executor.js";
import { likePattern, pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { NewOrganisation, OrganisationRow } from "./organisation.table.js";

export interface OrganisationFilter extends PageInput {
  kind?: OrganisationKind;
  country?: Country;
  /** Matches name, short name or official code, case-insensitively. */
  search?: string;
  /** Only organisations valid on this ISO date. */
  validOn?: string;
}

/** A page of organisations ordered by name, with the total for the pager. */
export async function listOrganisations(db: Executor, filter: OrganisationFilter = {}): Promise<Page<OrganisationRow>> {
  let query = db.selectFrom("organisation");
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.country) query = query.where("country", "=", filter.country);
  if (filter.validOn) query = query.where(validOn(filter.validOn));
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    query = query.where((eb) =>
      eb.or([eb("name", "ilike", pattern), eb("shortName", "ilike", pattern), eb("code", "like", pattern)]),
    );
  }
  const { limit, offset } = pageBounds(filter);
  // Two queries rather than count(*) over (): the total stays right on a page past the end.
  const [items, count] = await Promise.all([
    query.selectAll().orderBy("name").orderBy("id").limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function findOrganisationById(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisation").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Several organisations by id, by name; ids that name none are left out. */
export async function listOrganisationsByIds(db: Executor, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("organisation").selectAll().where("id", "in", ids).orderBy("name").orderBy("id").execute();
}

/** The organisation holding an official code on a date; codes are reused after reforms. */
export async function findOrganisationByCode(
  db: Executor,
  lookup: { country: Country; code: string; on: string },
): Promise<OrganisationRow | undefined> {
  return db
    .selectFrom("organisation")
    .selectAll()
    .where("country", "=", lookup.country)
    .where("code", "=", lookup.code)
    .where(validOn(lookup.on))
    .executeTakeFirst();
}

export async function findOrganisationBySlug(db: Executor, slug: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom("organisation").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** Municipalities (and councils) that lie in a county, valid on a date. */
export async function listOrganisationsInCounty(
  db: Executor,
  countyId: string,
  filter: { kind?: OrganisationKind; on: string },
): Promise<OrganisationRow[]> {
  let query = db.selectFrom("organisation").selectAll().where("countyId", "=", countyId).where(validOn(filter.on));
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  return query.orderBy("name").orderBy("id").execute();
}

export async function insertOrganisation(db: Executor, values: NewOrganisation): Promise<OrganisationRow> {
  return db.insertInto("organisation").values(values).returningAll().executeTakeFirstOrThrow();
}

/** Every organisation that has held an official code in a country, whatever the period. */
export async function listOrganisationsHoldingCode(
  db: Executor,
  lookup: { country: Country; code: string },
): Promise<OrganisationRow[]> {
  return db
    .selectFrom("organisation")
    .selectAll()
    .where("country", "=", lookup.country)
    .where("code", "=", lookup.code)
    .orderBy("validFrom")
    .execute();
}

/**
 * Codes of the counties of a country valid at some point of a period: a municipality's code
 * must start with one of them. A null end is open.
 */
export async function listCountyCodes(
  db: Executor,
  period: { country: Country; validFrom: string; validTo: string | null },
): Promise<string[]> {
  let query = db
    .selectFrom("organisation")
    .select("code")
    .distinct()
    .where("kind", "=", "county")
    .where("country", "=", period.country)
    .where("code", "is not", null)
    .where((eb) => eb.or([eb("validTo", "is", null), eb("validTo", ">=", period.validFrom)]));
  if (period.validTo !== null) query = query.where("validFrom", "<=", period.validTo);
  const rows = await query.execute();
  return rows.flatMap((row) => (row.code === null ? [] : [row.code]));
}

/** Name, kind and country of each organisation asked for, which is what its official name is made of. */
export async function listNamedOrganisations(
  db: Executor,
  ids: readonly string[],
): Promise<Array<Pick<OrganisationRow, "id" | "name" | "kind" | "country">>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.selectFrom("organisation").select(["id", "name", "kind", "country"]).where("id", "in", unique).execute();
}
