import { describe, expect, it } from "vitest";
import { createMeasure, createMeasurePart, createOrganisation, createProgramme, getTestDb } from "../testing/index.js";
import { insertBudgetLine, listBudgetLines } from "./budget-line.repository.js";
import { listPartsOfMeasure } from "./measure-part.repository.js";
import { listMeasuresByProgramme } from "./measure.repository.js";

describe("measures", () => {
  it("lists a programme's measures by status, scope and municipality", async () => {
    const db = await getTestDb();
    const { programme } = await createProgramme(db, { focusAreaCount: 0 });
    const municipality = await createOrganisation(db);
    const shared = await createMeasure(db, { programmeId: programme.id, position: 1 });
    await createMeasurePart(db, { measureId: shared.id, municipalityId: municipality.id });
    const local = await createMeasure(db, {
      programmeId: programme.id,
      scope: "local",
      ownerId: municipality.id,
      status: "delayed",
      position: 2,
    });
    const elsewhere = await createMeasure(db, { programmeId: programme.id, status: "completed", position: 3 });

    const all = await listMeasuresByProgramme(db, programme.id);
    const delayedOrDone = await listMeasuresByProgramme(db, programme.id, { status: ["delayed", "completed"] });
    const localOnly = await listMeasuresByProgramme(db, programme.id, { scope: "local" });
    const ofMunicipality = await listMeasuresByProgramme(db, programme.id, { municipalityId: municipality.id });

    expect(all.map((m) => m.id)).toEqual([shared.id, local.id, elsewhere.id]);
    expect(delayedOrDone.map((m) => m.id)).toEqual([local.id, elsewhere.id]);
    expect(localOnly.map((m) => m.id)).toEqual([local.id]);
    expect(ofMunicipality.map((m) => m.id)).toEqual([shared.id, local.id]);
  });

  it("lists the parts of a measure with municipality names, and its budget lines by year", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const part = await createMeasurePart(db, { measureId: measure.id, budgetShareMinor: 5_000_000, currency: "NOK" });
    await insertBudgetLine(db, {
      measureId: measure.id,
      year: 2025,
      amountMinor: 100,
      currency: "NOK",
      fundingSource: "external",
    });
    await insertBudgetLine(db, {
      measureId: measure.id,
      partId: part.id,
      year: 2024,
      amountMinor: 250_000_00,
      currency: "NOK",
      fundingSource: "county_partnership_funds",
    });

    const parts = await listPartsOfMeasure(db, measure.id);
    const lines = await listBudgetLines(db, measure.id);

    expect(parts).toMatchObject([
      { id: part.id, budgetShareMinor: 5_000_000, municipalityName: expect.stringMatching(/^municipality /) },
    ]);
    expect(lines.map((line) => [line.year, line.amountMinor, line.partId])).toEqual([
      [2024, 250_000_00, part.id],
      [2025, 100, null],
    ]);
  });
});
