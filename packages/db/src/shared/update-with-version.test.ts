import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { insertBudgetLine } from "../measures/budget-line.repository.js";
import { createMeasure, getTestDb } from "../testing/index.js";
import { inTransaction } from "./transaction.js";
import { updateWithVersion } from "./update-with-version.js";

describe("updateWithVersion", () => {
  it("applies the patch, increments the version and touches updated_at", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);

    const updated = await updateWithVersion(db, "measure", measure.id, measure.version, { progress: 40, status: "in_progress" });

    expect(updated).toMatchObject({ id: measure.id, progress: 40, status: "in_progress", version: measure.version + 1 });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(measure.updatedAt.getTime());
  });

  it("versions tables without updated_at too", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const line = await insertBudgetLine(db, {
      measureId: measure.id,
      year: 2024,
      amountMinor: 100,
      currency: "NOK",
      fundingSource: "external",
    });
    const updated = await updateWithVersion(db, "budgetLine", line.id, line.version, { amountMinor: 250 });
    expect(updated).toMatchObject({ amountMinor: 250, version: line.version + 1 });
  });

  it("refuses a stale version with CONFLICT and the current version", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    await updateWithVersion(db, "measure", measure.id, measure.version, { progress: 10 });

    const stale = updateWithVersion(db, "measure", measure.id, measure.version, { progress: 90 });

    await expect(stale).rejects.toMatchObject({
      name: "DomainError",
      code: "CONFLICT",
      params: { currentVersion: measure.version + 1, expectedVersion: measure.version },
    });
  });

  it("reports a missing row as NOT_FOUND", async () => {
    const db = await getTestDb();
    await expect(updateWithVersion(db, "measure", randomUUID(), 1, { progress: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets exactly one of two concurrent updates with the same version win", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const update = (progress: number) =>
      inTransaction(db, (trx) => updateWithVersion(trx, "measure", measure.id, measure.version, { progress }));

    const results = await Promise.allSettled([update(30), update(70)]);

    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ reason: { code: "CONFLICT", params: { currentVersion: measure.version + 1 } } });
  });
});
