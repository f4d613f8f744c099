import { describe, expect, it } from "vitest";
import { inTransaction } from "../shared/transaction.js";
import { createOrganisation, getTestDb, uniqueCodeSpace, uniqueName } from "../testing/index.js";
import { findOrganisationByCode, listOrganisations } from "./organisation.repository.js";

describe("organisation codes", () => {
  it("keeps a code through reforms: each number valid in its own period (Eidsvoll 0237 → 3035 → 3240)", async () => {
    const db = await getTestDb();
    const { code, year } = uniqueCodeSpace();
    const [first, second, third] = [code(), code(), code()];
    const dated = (c: string, from: string, to: string | null) =>
      createOrganisation(db, { name: "Eidsvoll", code: c, validFrom: from, validTo: to });
    await dated(first!, `${year}-01-01`, `${year + 3}-12-31`);
    await dated(second!, `${year + 4}-01-01`, `${year + 7}-12-31`);
    const current = await dated(third!, `${year + 8}-01-01`, null);
    // The old number may be given to another municipality once the first one gave it up.
    const reuse = await createOrganisation(db, { name: "Våler", code: first, validFrom: `${year + 4}-01-01` });

    expect(await findOrganisationByCode(db, { country: "NO", code: third!, on: `${year + 9}-06-01` })).toMatchObject({
      id: current.id,
    });
    expect(await findOrganisationByCode(db, { country: "NO", code: first!, on: `${year + 5}-06-01` })).toMatchObject({
      id: reuse.id,
    });
    expect(await findOrganisationByCode(db, { country: "NO", code: third!, on: `${year + 1}-06-01` })).toBeUndefined();
  });

  it("rejects the same code in an overlapping period as a CONFLICT, the constraint kept for the log", async () => {
    const db = await getTestDb();
    const { code, year } = uniqueCodeSpace();
    const shared = code();
    await createOrganisation(db, { code: shared, validFrom: `${year}-01-01`, validTo: `${year + 2}-12-31` });

    const overlapping = inTransaction(db, (trx) =>
      createOrganisation(trx, { code: shared, validFrom: `${year + 2}-12-31`, validTo: `${year + 5}-12-31` }),
    );

    await expect(overlapping).rejects.toMatchObject({
      name: "DomainError",
      code: "CONFLICT",
      reason: "already_exists",
      cause: expect.objectContaining({ constraint: "organisation_code_unique_per_period" }),
    });
  });

  it("allows the same code in another country", async () => {
    const db = await getTestDb();
    const { code, year } = uniqueCodeSpace();
    const shared = code();
    await createOrganisation(db, { country: "NO", code: shared, validFrom: `${year}-01-01` });
    const swedish = await createOrganisation(db, { country: "SE", code: shared, validFrom: `${year}-01-01` });
    expect(swedish.code).toBe(shared);
  });
});

describe("listOrganisations", () => {
  it("filters by kind, country and search and pages with the total", async () => {
    const db = await getTestDb();
    const marker = uniqueName("Solberg").replace(/[^A-Za-z0-9]/g, "");
    for (const suffix of ["A", "B", "C"]) {
      await createOrganisation(db, { kind: "municipality", country: "SE", name: `${marker} ${suffix}` });
    }
    await createOrganisation(db, { kind: "county", country: "SE", name: `${marker} county` });
    await createOrganisation(db, { kind: "municipality", country: "NO", name: `${marker} norsk` });

    const page = await listOrganisations(db, { kind: "municipality", country: "SE", search: marker.toUpperCase(), limit: 2 });
    const rest = await listOrganisations(db, { kind: "municipality", country: "SE", search: marker, limit: 2, offset: 2 });

    expect(page.total).toBe(3);
    expect(page.items.map((o) => o.name)).toEqual([`${marker} A`, `${marker} B`]);
    expect(rest).toMatchObject({ total: 3, items: [{ name: `${marker} C` }] });
  });

  it("treats LIKE wildcards in the search as text", async () => {
    const db = await getTestDb();
    const marker = uniqueName("Prosent");
    await createOrganisation(db, { name: `${marker} 100%` });
    await createOrganisation(db, { name: `${marker} 1000` });

    const result = await listOrganisations(db, { search: `${marker} 100%` });

    expect(result.items.map((o) => o.name)).toEqual([`${marker} 100%`]);
  });
});
