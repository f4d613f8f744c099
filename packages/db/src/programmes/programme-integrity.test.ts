import { describe, expect, it } from "vitest";
import { isDomainError } from "@samspill/domain";
import { inTransaction } from "../shared/transaction.js";
import { createMeasure, createMeasurePart, createProgramme, getTestDb } from "../testing/index.js";
import { insertBudgetLine } from "../measures/budget-line.repository.js";
import { insertFocusArea, insertGoal } from "./programme.repository.js";

// The schema keeps each programme's tree closed: nothing can hang under another programme's
// focus area, and a part's budget line belongs to the part's own measure.
describe("programme tree integrity", () => {
  it("refuses a goal or sub-theme under a focus area of another programme", async () => {
    const db = await getTestDb();
    const first = await createProgramme(db, { focusAreaCount: 1 });
    const second = await createProgramme(db, { focusAreaCount: 1 });
    const foreignArea = first.focusAreas[0]!;
    const goal = inTransaction(db, (trx) =>
      insertGoal(trx, { programmeId: second.programme.id, focusAreaId: foreignArea.id, title: "Mål" }),
    );
    await expect(goal).rejects.toSatisfy((error) => isDomainError(error, "INVALID_INPUT"));
    const subTheme = inTransaction(db, (trx) =>
      insertFocusArea(trx, { programmeId: second.programme.id, parentId: foreignArea.id, title: "Undertema" }),
    );
    await expect(subTheme).rejects.toSatisfy((error) => isDomainError(error, "INVALID_INPUT"));
  });

  it("refuses a budget line that names a part of another measure", async () => {
    const db = await getTestDb();
    const { programme } = await createProgramme(db, { focusAreaCount: 0 });
    const measure = await createMeasure(db, { programmeId: programme.id, scope: "shared" });
    const other = await createMeasure(db, { programmeId: programme.id, scope: "shared" });
    const part = await createMeasurePart(db, { measureId: other.id });
    const line = inTransaction(db, (trx) =>
      insertBudgetLine(trx, {
        measureId: measure.id,
        partId: part.id,
        year: 2024,
        amountMinor: 100,
        currency: "NOK",
        fundingSource: "council_funds",
      }),
    );
    await expect(line).rejects.toSatisfy((error) => isDomainError(error, "INVALID_INPUT"));
  });
});
