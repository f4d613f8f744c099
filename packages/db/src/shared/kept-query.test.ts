import { describe, expect, it } from "vitest";
import type { OrganisationKind } from "@samspill/domain";
import { createOrganisation } from "../testing/factories/organisations.js";
import { getTestDb } from "../testing/test-db.js";
import type { Executor } from "./executor.js";
import { keptQuery } from "./kept-query.js";
import { inTransaction } from "./transaction.js";

describe("a kept query", () => {
  const byNameAndKind = (db: Executor, name: string, kind: OrganisationKind) =>
    db.selectFrom("organisation").select(["id", "name"]).where("name", "=", name).where("kind", "=", kind).where("country", "=", "NO");

  it("is built once and answers each call with that call's values, as the query built anew does", async () => {
    const db = await getTestDb();
    const [first, second] = [await createOrganisation(db), await createOrganisation(db)];
    let built = 0;
    const kept = keptQuery((executor: Executor, name: string, kind: OrganisationKind) => {
      built++;
      return byNameAndKind(executor, name, kind);
    });
    for (const organisation of [first, second, first]) {
      expect(await kept(db, organisation.name, "municipality")).toEqual(await byNameAndKind(db, organisation.name, "municipality").execute());
    }
    expect(await kept(db, first.name, "county")).toEqual([]);
    // Twice at the first call (the shape is checked with two sets of stand-ins), never again.
    expect(built).toBe(2);
  });

  it("runs inside a transaction as well", async () => {
    const db = await getTestDb();
    const kept = keptQuery(byNameAndKind);
    const rows = await inTransaction(db, async (trx) => {
      const organisation = await createOrganisation(trx);
      return { expected: [{ id: organisation.id, name: organisation.name }], found: await kept(trx, organisation.name, "municipality") };
    });
    expect(rows.found).toEqual(rows.expected);
  });

  it("refuses a query whose shape depends on its arguments", async () => {
    const db = await getTestDb();
    const shaped = keptQuery((executor: Executor, name: string) =>
      executor.selectFrom("organisation").select("id").where(name.endsWith("a-0") ? "name" : "slug", "=", "x"));
    await expect(shaped(db, "Hamar")).rejects.toThrow(/shape depends on its arguments/);
    const unused = keptQuery((executor: Executor, _name: string) => executor.selectFrom("organisation").select("id").where("name", "=", "x"));
    await expect(unused(db, "Hamar")).rejects.toThrow(/argument 0 is not a value/);
  });
});
