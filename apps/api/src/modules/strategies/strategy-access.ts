import { findStrategyById, type Executor, type StrategyRow } from "@samspill/db";
import { found, ownerResource, type Authorize } from "../programmes/programme-access.js";

// A strategy sits where its owner sits, like the programmes under it ("programme" covers
// strategies in the permission table).

export async function authorizedStrategy(db: Executor, authorize: Authorize, strategyId: string): Promise<StrategyRow> {
  const strategy = found(await findStrategyById(db, strategyId), "strategy");
  authorize(await ownerResource(db, strategy.ownerId, strategy.published));
  return strategy;
}

export function strategyView(strategy: StrategyRow) {
  return {
    id: strategy.id,
    ownerId: strategy.ownerId,
    title: strategy.title,
    vision: strategy.vision,
    overarchingGoal: strategy.overarchingGoal,
    description: strategy.description,
    periodStart: strategy.periodStart,
    periodEnd: strategy.periodEnd,
    published: strategy.published,
    version: strategy.version,
  };
}
