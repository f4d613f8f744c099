import type { Executor } from "../shared/executor.js";
import type {
  FocusAreaRow,
  GoalRow,
  NewFocusArea,
  NewGoal,
  NewProgramme,
  NewProgrammeRole,
  ProgrammeRoleRow,
  ProgrammeRow,
} from "./programme.table.js";
import type { NewStrategy, StrategyRow } from "./strategy.table.js";

/** A council's programmes, newest period first, then newest revision first. */
export async function listProgrammesByOwner(db: Executor, ownerId: string): Promise<ProgrammeRow[]> {
  return db
    .selectFrom("programme")
    .selectAll()
    .where("ownerId", "=", ownerId)
    .orderBy("periodStart", "desc")
    .orderBy("revision", "desc")
    .execute();
}

/** Which of the organisations given own at least one programme (any status): one indexed lookup. */
export async function listOwnersWithProgrammes(db: Executor, ownerIds: readonly string[]): Promise<string[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db.selectFrom("programme").select("ownerId").distinct().where("ownerId", "in", ownerIds).execute();
  return rows.map((row) => row.ownerId);
}

export async function findProgrammeById(db: Executor, id: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom("programme").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The revision that replaced a programme, if one was started. */
export async function findSuccessorOfProgramme(db: Executor, id: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom("programme").selectAll().where("predecessorId", "=", id).executeTakeFirst();
}

export async function listProgrammeRoles(db: Executor, programmeId: string): Promise<ProgrammeRoleRow[]> {
  return db
    .selectFrom("programmeRole")
    .selectAll()
    .where("programmeId", "=", programmeId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

export async function listFocusAreas(db: Executor, programmeId: string): Promise<FocusAreaRow[]> {
  return db
    .selectFrom("focusArea")
    .selectAll()
    .where("programmeId", "=", programmeId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

export async function listGoals(db: Executor, programmeId: string): Promise<GoalRow[]> {
  return db
    .selectFrom("goal")
    .selectAll()
    .where("programmeId", "=", programmeId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

export async function listStrategiesByOwner(db: Executor, ownerId: string): Promise<StrategyRow[]> {
  return db.selectFrom("strategy").selectAll().where("ownerId", "=", ownerId).orderBy("periodStart", "desc").execute();
}

export async function insertStrategy(db: Executor, values: NewStrategy): Promise<StrategyRow> {
  return db.insertInto("strategy").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertProgramme(db: Executor, values: NewProgramme): Promise<ProgrammeRow> {
  return db.insertInto("programme").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertProgrammeRole(db: Executor, values: NewProgrammeRole): Promise<ProgrammeRoleRow> {
  return db.insertInto("programmeRole").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertFocusArea(db: Executor, values: NewFocusArea): Promise<FocusAreaRow> {
  return db.insertInto("focusArea").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertGoal(db: Executor, values: NewGoal): Promise<GoalRow> {
  return db.insertInto("goal").values(values).returningAll().executeTakeFirstOrThrow();
}

/** The position after a programme's last goal, so a new goal goes last: goals keep the order entered. */
export async function nextGoalPosition(db: Executor, programmeId: string): Promise<number> {
  const row = await db.selectFrom("goal").select((eb) => eb.fn.max("position").as("last")).where("programmeId", "=", programmeId).executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** The position after the last focus area under `parentId` (null: the top level). */
export async function nextFocusAreaPosition(db: Executor, programmeId: string, parentId: string | null): Promise<number> {
  let query = db.selectFrom("focusArea").select((eb) => eb.fn.max("position").as("last")).where("programmeId", "=", programmeId);
  query = parentId === null ? query.where("parentId", "is", null) : query.where("parentId", "=", parentId);
  const row = await query.executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}
