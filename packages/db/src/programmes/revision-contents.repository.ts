import { randomUUID } from "node:crypto";
import { sql, type Selectable } from "kysely";
import type { Indicator, Json } from "../generated/database.js";
import type { Executor } from "../shared/executor.js";
import type { RevisionRows } from "./programme-revision.repository.js";

// What hangs on the rows a revision (or a copy forward) carries, copied to the copies. Internal
// to insertRevision and insertCopyForward, which call it inside the use case's transaction.

export interface CopyOptions {
  /** A revision keeps the measurements so a chart keeps its history; a new period starts without. */
  indicatorValues: boolean;
  /** Only budget lines of these years (inclusive); all when absent. */
  budgetYears?: { from: number; to: number };
}

/** The originals of the copied rows, found through the plan's id map (old id → new id). */
function originals(plan: RevisionRows, rows: ReadonlyArray<{ id: string }>): string[] {
  const copies = new Set(rows.map((row) => row.id));
  return [...plan.idMap].filter(([, copy]) => copies.has(copy)).map(([original]) => original);
}

/** Bookkeeping columns a copy must not take over: a new row starts at version 1, created now. */
export function fresh<T extends { version: number; createdAt?: Date; updatedAt?: Date }>(row: T) {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = row;
  return values;
}

/** Obligation links, parts, budget lines, and indicators with their values. */
export async function copyMeasureContents(db: Executor, plan: RevisionRows, options: CopyOptions): Promise<void> {
  const measureIds = originals(plan, plan.measures);
  const goalIds = originals(plan, plan.goals);
  const { budgetYears } = options;
  const idMap = new Map(plan.idMap);
  const newId = (oldId: string): string => {
    const mapped = idMap.get(oldId);
    if (!mapped) throw new Error(`no copy planned for ${oldId}`);
    return mapped;
  };
  if (measureIds.length > 0) {
    const obligations = await db.selectFrom("measureObligation").selectAll().where("measureId", "in", measureIds).execute();
    if (obligations.length > 0) {
      await db
        .insertInto("measureObligation")
        .values(obligations.map((link) => ({ measureId: newId(link.measureId), obligationId: link.obligationId })))
        .execute();
    }
    const parts = await db.selectFrom("measurePart").selectAll().where("measureId", "in", measureIds).execute();
    for (const part of parts) idMap.set(part.id, randomUUID());
    if (parts.length > 0) {
      await db
        .insertInto("measurePart")
        .values(parts.map((part) => ({ ...fresh(part), id: newId(part.id), measureId: newId(part.measureId) })))
        .execute();
    }
    const lines = await db
      .selectFrom("budgetLine")
      .selectAll()
      .where("measureId", "in", measureIds)
      .$if(budgetYears !== undefined, (query) => query.where("year", ">=", budgetYears?.from ?? 0).where("year", "<=", budgetYears?.to ?? 0))
      .execute();
    if (lines.length > 0) {
      await db
        .insertInto("budgetLine")
        .values(
          lines.map(({ id: _id, version: _version, ...line }) => ({
            ...line,
            measureId: newId(line.measureId),
            partId: line.partId === null ? null : newId(line.partId),
          })),
        )
        .execute();
    }
  }
  if (measureIds.length === 0 && goalIds.length === 0) return;
  const indicators = await db
    .selectFrom("indicator")
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(measureIds.length > 0 ? [eb("measureId", "in", measureIds)] : []),
        ...(goalIds.length > 0 ? [eb("goalId", "in", goalIds)] : []),
      ]),
    )
    .execute();
  if (indicators.length === 0) return;
  await copyIndicators(db, indicators, idMap, newId, options.indicatorValues);
}

async function copyIndicators(
  db: Executor,
  indicators: ReadonlyArray<Selectable<Indicator>>,
  idMap: Map<string, string>,
  newId: (oldId: string) => string,
  withValues: boolean,
): Promise<void> {
  for (const indicator of indicators) idMap.set(indicator.id, randomUUID());
  await db
    .insertInto("indicator")
    .values(
      indicators.map((indicator) => ({
        ...fresh(indicator),
        // Sent as text and cast, so both drivers store the same JSON whatever its shape.
        sourceRef: indicator.sourceRef === null ? null : sql<Json>`${JSON.stringify(indicator.sourceRef)}::text::jsonb`,
        id: newId(indicator.id),
        measureId: indicator.measureId === null ? null : newId(indicator.measureId),
        goalId: indicator.goalId === null ? null : newId(indicator.goalId),
      })),
    )
    .execute();
  if (!withValues) return;
  const values = await db
    .selectFrom("indicatorValue")
    .selectAll()
    .where("indicatorId", "in", indicators.map((indicator) => indicator.id))
    .execute();
  if (values.length === 0) return;
  // Values reported in the old version keep their report there; the copy is the measurement only.
  await db
    .insertInto("indicatorValue")
    .values(values.map(({ id: _id, version: _version, ...value }) => ({ ...value, indicatorId: newId(value.indicatorId), reportId: null })))
    .execute();
}
