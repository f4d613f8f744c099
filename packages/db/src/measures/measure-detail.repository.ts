import type { Executor } from "../shared/executor.js";
import type { BudgetLineRow } from "./budget-line.table.js";

// Reads and deletes behind a measure's detail page and its editing. Inserts live in
// measure.repository.ts and friends; updates go through updateWithVersion.

export interface LinkedGoal {
  id: string;
  title: string;
  focusAreaId: string | null;
}

export async function listGoalsOfMeasure(db: Executor, measureId: string): Promise<LinkedGoal[]> {
  return db
    .selectFrom("measureGoal")
    .innerJoin("goal", "goal.id", "measureGoal.goalId")
    .select(["goal.id", "goal.title", "goal.focusAreaId"])
    .where("measureGoal.measureId", "=", measureId)
    .orderBy("goal.position")
    .orderBy("goal.id")
    .execute();
}

export interface LinkedObligation {
  id: string;
  title: string;
  agreementId: string;
  agreementTitle: string;
  countyId: string;
}

export async function listObligationsOfMeasure(db: Executor, measureId: string): Promise<LinkedObligation[]> {
  return db
    .selectFrom("measureObligation")
    .innerJoin("obligation", "obligation.id", "measureObligation.obligationId")
    .innerJoin("partnershipAgreement as agreement", "agreement.id", "obligation.agreementId")
    .select(["obligation.id", "obligation.title", "agreement.id as agreementId", "agreement.title as agreementTitle", "agreement.countyId"])
    .where("measureObligation.measureId", "=", measureId)
    .orderBy("agreement.title")
    .orderBy("obligation.position")
    .orderBy("obligation.id")
    .execute();
}

/** Of the given goals, those that belong to the programme. */
export async function listGoalIdsInProgramme(db: Executor, programmeId: string, goalIds: readonly string[]): Promise<string[]> {
  if (goalIds.length === 0) return [];
  const rows = await db.selectFrom("goal").select("id").where("programmeId", "=", programmeId).where("id", "in", goalIds).execute();
  return rows.map((row) => row.id);
}

/** The organisations, among the given, that are parties to the agreement holding each obligation. */
export async function listObligationParties(
  db: Executor,
  obligationIds: readonly string[],
): Promise<Array<{ obligationId: string; organisationId: string }>> {
  if (obligationIds.length === 0) return [];
  return db
    .selectFrom("obligation")
    .innerJoin("agreementParty", "agreementParty.agreementId", "obligation.agreementId")
    .select(["obligation.id as obligationId", "agreementParty.organisationId"])
    .where("obligation.id", "in", obligationIds)
    .execute();
}

export async function findBudgetLineById(db: Executor, id: string): Promise<BudgetLineRow | undefined> {
  return db.selectFrom("budgetLine").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function deleteMeasure(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("measure").where("id", "=", id).execute();
}

export async function deleteMeasurePart(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("measurePart").where("id", "=", id).execute();
}

/** How much hangs under a measure that deleting it would take along. */
export async function countMeasureDependants(db: Executor, measureId: string): Promise<{ reports: number; successors: number }> {
  const [reports, successors] = await Promise.all([
    db.selectFrom("statusReport").select((eb) => eb.fn.countAll<number>().as("n")).where("measureId", "=", measureId).executeTakeFirstOrThrow(),
    db.selectFrom("measure").select((eb) => eb.fn.countAll<number>().as("n")).where("predecessorId", "=", measureId).executeTakeFirstOrThrow(),
  ]);
  return { reports: Number(reports.n), successors: Number(successors.n) };
}

/** Status reports written about one part, which removing the part would delete. */
export async function countReportsOfPart(db: Executor, partId: string): Promise<number> {
  const row = await db.selectFrom("statusReport").select((eb) => eb.fn.countAll<number>().as("n")).where("partId", "=", partId).executeTakeFirstOrThrow();
  return Number(row.n);
}
