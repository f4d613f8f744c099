import type { Executor } from "../shared/executor.js";
import { pageBounds, type Page, type PageInput } from "../shared/paging.js";
import type { FocusAreaRow, GoalRow, ProgrammeRoleRow, ProgrammeRow } from "./programme.table.js";
import type { StrategyRow } from "./strategy.table.js";
import type { ProgrammeStatus } from "@samspill/domain";

// Reads and deletes behind editing strategies, programmes and their trees. Inserts live in
// programme.repository.ts; updates go through updateWithVersion.

export interface OwnedPageFilter extends PageInput {
  ownerId: string;
  /** Leave out everything the owner has not published (for readers outside the council). */
  publishedOnly?: boolean;
}

export interface ProgrammePageFilter extends OwnedPageFilter {
  status?: ProgrammeStatus | undefined;
}

/** One owner's programmes, newest period and revision first, one page at a time. */
export async function pageProgrammesByOwner(db: Executor, filter: ProgrammePageFilter): Promise<Page<ProgrammeRow>> {
  const { limit, offset } = pageBounds(filter);
  let query = db.selectFrom("programme").where("ownerId", "=", filter.ownerId);
  if (filter.publishedOnly) query = query.where("published", "=", true);
  if (filter.status) query = query.where("status", "=", filter.status);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy("periodStart", "desc").orderBy("revision", "desc").orderBy("id").limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** One owner's strategies, newest period first. */
export async function pageStrategiesByOwner(db: Executor, filter: OwnedPageFilter): Promise<Page<StrategyRow>> {
  const { limit, offset } = pageBounds(filter);
  let query = db.selectFrom("strategy").where("ownerId", "=", filter.ownerId);
  if (filter.publishedOnly) query = query.where("published", "=", true);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy("periodStart", "desc").orderBy("title").orderBy("id").limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export async function findStrategyById(db: Executor, id: string): Promise<StrategyRow | undefined> {
  return db.selectFrom("strategy").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findFocusAreaById(db: Executor, id: string): Promise<FocusAreaRow | undefined> {
  return db.selectFrom("focusArea").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findGoalById(db: Executor, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom("goal").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findProgrammeRoleById(db: Executor, id: string): Promise<ProgrammeRoleRow | undefined> {
  return db.selectFrom("programmeRole").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findProgrammeRole(
  db: Executor,
  key: Pick<ProgrammeRoleRow, "programmeId" | "organisationId" | "role">,
): Promise<ProgrammeRoleRow | undefined> {
  return db
    .selectFrom("programmeRole")
    .selectAll()
    .where("programmeId", "=", key.programmeId)
    .where("organisationId", "=", key.organisationId)
    .where("role", "=", key.role)
    .executeTakeFirst();
}

/** What still hangs on a focus area; removing it would take sub-themes and goals with it. */
export async function countFocusAreaContents(
  db: Executor,
  focusAreaId: string,
): Promise<{ subThemes: number; goals: number; measures: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("focusArea").select(eb.fn.countAll<number>().as("n")).where("parentId", "=", focusAreaId).as("subThemes"),
      eb.selectFrom("goal").select(eb.fn.countAll<number>().as("n")).where("focusAreaId", "=", focusAreaId).as("goals"),
      eb.selectFrom("measure").select(eb.fn.countAll<number>().as("n")).where("focusAreaId", "=", focusAreaId).as("measures"),
    ])
    .executeTakeFirstOrThrow();
  return { subThemes: Number(row.subThemes), goals: Number(row.goals), measures: Number(row.measures) };
}

/** Outcome indicators on a goal; removing the goal would delete them and their values. */
export async function countIndicatorsOfGoal(db: Executor, goalId: string): Promise<number> {
  const row = await db
    .selectFrom("indicator")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("goalId", "=", goalId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteFocusArea(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("focusArea").where("id", "=", id).execute();
}

export async function deleteGoal(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("goal").where("id", "=", id).execute();
}

export async function deleteProgrammeRole(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("programmeRole").where("id", "=", id).execute();
}
