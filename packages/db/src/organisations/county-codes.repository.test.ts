import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb, uniqueCodeSpace } from "../testing/index.js";
import { listCountyCodes, listOrganisationsHoldingCode } from "./organisation.repository.js";

describe("county codes and code holders", () => {
  it("lists the codes of counties valid at some point of a period, by country", async () => {
    const db = await getTestDb();
    const { year } = uniqueCodeSpace();
    // A code no county holds from the year on (open-ended reference counties hold some).
    const taken = [
      ...(await listCountyCodes(db, { country: "SE", validFrom: `${year - 1}-01-01`, validTo: null })),
      ...(await listCountyCodes(db, { country: "NO", validFrom: `${year - 1}-01-01`, validTo: null })),
    ];
    const code = Array.from({ length: 89 }, (_, index) => String(10 + index)).find((candidate) => !taken.includes(candidate));
    if (!code) throw new Error("no free county code");
    await createOrganisation(db, { kind: "county", country: "SE", code, validFrom: `${year}-01-01`, validTo: `${year}-12-31` });

    expect(await listCountyCodes(db, { country: "SE", validFrom: `${year}-06-01`, validTo: null })).toContain(code);
    expect(await listCountyCodes(db, { country: "SE", validFrom: `${year - 1}-06-01`, validTo: `${year}-01-01` })).toContain(code);
    expect(await listCountyCodes(db, { country: "SE", validFrom: `${year + 1}-01-01`, validTo: null })).not.toContain(code);
    expect(await listCountyCodes(db, { country: "SE", validFrom: `${year - 1}-01-01`, validTo: `${year - 1}-12-31` })).not.toContain(code);
    expect(await listCountyCodes(db, { country: "NO", validFrom: `${year}-06-01`, validTo: `${year}-06-01` })).not.toContain(code);
  });

  it("lists every holder of a code, across periods, oldest first", async () => {
    const db = await getTestDb();
    const { code, year } = uniqueCodeSpace();
    const number = code();
    const old = await createOrganisation(db, { country: "NO", code: number, validFrom: `${year}-01-01`, validTo: `${year}-12-31` });
    const renumbered = await createOrganisation(db, { country: "NO", code: number, validFrom: `${year + 1}-01-01` });
    const holders = await listOrganisationsHoldingCode(db, { country: "NO", code: number });
    expect(holders.map((holder) => holder.id)).toEqual(expect.arrayContaining([old.id, renumbered.id]));
    expect(holders.findIndex((h) => h.id === old.id)).toBeLessThan(holders.findIndex((h) => h.id === renumbered.id));
  });
});
