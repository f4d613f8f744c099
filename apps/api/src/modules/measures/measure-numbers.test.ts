import { describe, expect, it } from "vitest";
import { countQueries, createMeasure, createProgramme, getTestDb } from "@samspill/db/testing";
import { KEPT_PROGRAMMES, MeasureNumbering, structureIsFixed } from "./measure-numbers.js";

async function programmeWithOneMeasure(status: "draft" | "adopted") {
  const db = await getTestDb();
  const { programme } = await createProgramme(db, { status, focusAreaCount: 0 });
  const measure = await createMeasure(db, { programmeId: programme.id, position: 0 });
  return { db, programme, measure };
}

describe("measure numbers", () => {
  it("are read once for an adopted programme, whose structure no change can reach", async () => {
    const { db, programme, measure } = await programmeWithOneMeasure("adopted");
    const counted = countQueries(db);
    const numbering = new MeasureNumbering();
    expect((await numbering.of(counted.db, programme)).get(measure.id)).toBe("1");
    const firstRead = counted.count();
    expect(firstRead).toBeGreaterThan(0);
    expect((await numbering.of(counted.db, programme)).get(measure.id)).toBe("1");
    expect(counted.count()).toBe(firstRead);
  });

  it("are read again on every call for a draft, so a measure added is numbered at once", async () => {
    const { db, programme, measure } = await programmeWithOneMeasure("draft");
    const counted = countQueries(db);
    const numbering = new MeasureNumbering();
    expect([...(await numbering.of(counted.db, programme))]).toEqual([[measure.id, "1"]]);
    const firstRead = counted.count();
    const added = await createMeasure(db, { programmeId: programme.id, position: 1 });
    expect([...(await numbering.of(counted.db, programme))]).toEqual([[measure.id, "1"], [added.id, "2"]]);
    expect(counted.count()).toBe(2 * firstRead);
  });

  it("are neither kept nor used inside a transaction, whose status read may be rolled back", async () => {
    const { db, programme, measure } = await programmeWithOneMeasure("adopted");
    const numbering = new MeasureNumbering();
    await db.transaction().execute(async (trx) => {
      expect((await numbering.of(trx, programme)).get(measure.id)).toBe("1");
    });
    const counted = countQueries(db);
    await numbering.of(counted.db, programme);
    expect(counted.count()).toBeGreaterThan(0);
  });

  it("are kept only while the status takes no change of structure", () => {
    expect(structureIsFixed("draft")).toBe(false);
    expect(structureIsFixed("adopted")).toBe(true);
    expect(structureIsFixed("superseded")).toBe(true);
  });

  it("are kept for a bounded number of programmes, the one read longest ago let go first", async () => {
    const { db, programme, measure } = await programmeWithOneMeasure("adopted");
    const counted = countQueries(db);
    const numbering = new MeasureNumbering();
    await numbering.of(counted.db, programme);
    // Others that never existed number nothing, but fill the store past its bound.
    for (let index = 0; index < KEPT_PROGRAMMES; index += 1) {
      await numbering.of(counted.db, { id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`, status: "adopted" });
    }
    counted.reset();
    expect((await numbering.of(counted.db, programme)).get(measure.id)).toBe("1");
    expect(counted.count()).toBeGreaterThan(0);
  });
});
