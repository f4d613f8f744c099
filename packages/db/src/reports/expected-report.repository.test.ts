import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, createMeasure, createMeasurePart, createProgramme, getTestDb } from "../testing/index.js";
import { listExpectedReports } from "./expected-report.repository.js";

describe("listExpectedReports", () => {
  it("keeps a programme in force past its nominal end until a revision supersedes it", async () => {
    const db = await getTestDb();
    const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 2 });
    const { programme } = await createProgramme(db, {
      ownerId: council.id, periodStart: "2022-01-01", periodEnd: "2023-12-31", focusAreaCount: 0,
    });
    const shared = await createMeasure(db, { programmeId: programme.id, scope: "shared", ownerId: council.id });
    for (const municipality of municipalities) await createMeasurePart(db, { measureId: shared.id, municipalityId: municipality.id });
    const later = { councilId: council.id, periodStart: "2026-09-01", periodEnd: "2026-12-31" };
    expect((await listExpectedReports(db, later)).map((row) => row.organisationId).sort()).toEqual(
      municipalities.map((municipality) => municipality.id).sort(),
    );
    const before = { councilId: council.id, periodStart: "2020-01-01", periodEnd: "2020-12-31" };
    expect(await listExpectedReports(db, before)).toEqual([]);
  });
});
