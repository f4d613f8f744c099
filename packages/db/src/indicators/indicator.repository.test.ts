import { describe, expect, it } from "vitest";
import { createMeasure, getTestDb } from "../testing/index.js";
import { insertIndicator, listIndicatorValues, listIndicators, upsertIndicatorValue } from "./indicator.repository.js";

describe("indicators", () => {
  it("replaces a re-imported value on the same date instead of failing, and keeps numbers as numbers", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const indicator = await insertIndicator(db, { kind: "output", measureId: measure.id, name: "Company calls", target: 145 });

    await upsertIndicatorValue(db, { indicatorId: indicator.id, measuredOn: "2024-12-31", value: 80 });
    const replaced = await upsertIndicatorValue(db, { indicatorId: indicator.id, measuredOn: "2024-12-31", value: 95.5 });
    await upsertIndicatorValue(db, { indicatorId: indicator.id, measuredOn: "2023-12-31", value: null, status: ".." });

    expect(replaced).toMatchObject({ value: 95.5, version: 2 });
    expect((await listIndicatorValues(db, indicator.id)).map((v) => [v.measuredOn, v.value, v.status])).toEqual([
      ["2023-12-31", null, ".."],
      ["2024-12-31", 95.5, null],
    ]);
    expect(await listIndicators(db, { measureId: measure.id })).toMatchObject([{ id: indicator.id, target: 145 }]);
  });
});
