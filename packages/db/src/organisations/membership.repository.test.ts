import { describe, expect, it } from "vitest";
import { inTransaction } from "../shared/transaction.js";
import { createCouncilWithMembers, createOrganisation, getTestDb } from "../testing/index.js";
import { insertMembership, listCouncilsOfMunicipality, listMembershipsOfCouncil } from "./membership.repository.js";

describe("memberships", () => {
  it("lists the members of a council on a date, leaving out those who left or had not joined", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 2, validFrom: "2020-01-01" });
    const leaver = await createOrganisation(db);
    await insertMembership(db, {
      councilId: council.id,
      municipalityId: leaver.id,
      validFrom: "2018-01-01",
      validTo: "2023-12-31",
    });
    const joiner = await createOrganisation(db);
    await insertMembership(db, { councilId: council.id, municipalityId: joiner.id, validFrom: "2025-01-01" });

    const on2024 = await listMembershipsOfCouncil(db, council.id, "2024-06-01");
    const on2023 = await listMembershipsOfCouncil(db, council.id, "2023-12-31");

    expect(on2024.map((m) => m.municipalityId).sort()).toEqual(municipalities.map((m) => m.id).sort());
    expect(on2024[0]?.municipalityName).toMatch(/^municipality /);
    expect(on2023.map((m) => m.municipalityId)).toContain(leaver.id);
    expect(on2023.map((m) => m.municipalityId)).not.toContain(joiner.id);
  });

  it("lists the councils of a municipality on a date", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 1, validFrom: "2020-01-01" });
    const second = await createOrganisation(db, { kind: "regional_council" });
    await insertMembership(db, { councilId: second.id, municipalityId: municipalities[0]!.id, validFrom: "2024-01-01" });

    const before = await listCouncilsOfMunicipality(db, municipalities[0]!.id, "2023-06-01");
    const after = await listCouncilsOfMunicipality(db, municipalities[0]!.id, "2024-06-01");

    expect(before.map((c) => c.id)).toEqual([council.id]);
    expect(after.map((c) => c.id).sort()).toEqual([council.id, second.id].sort());
  });

  it("rejects an overlapping membership of the same municipality in the same council", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 1, validFrom: "2020-01-01" });

    const overlapping = inTransaction(db, (trx) =>
      insertMembership(trx, { councilId: council.id, municipalityId: municipalities[0]!.id, validFrom: "2022-01-01" }),
    );

    // The client hears "already exists"; the constraint's name stays on the cause, for the log.
    await expect(overlapping).rejects.toMatchObject({
      code: "CONFLICT", reason: "already_exists", cause: expect.objectContaining({ constraint: "membership_no_overlap" }),
    });
  });
});
