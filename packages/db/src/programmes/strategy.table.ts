import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// The long-term strategy an action programme belongs to.

export type StrategyTable = Database["strategy"];
export type StrategyRow = Selectable<StrategyTable>;
export type NewStrategy = Insertable<StrategyTable>;
export type StrategyUpdate = Updateable<StrategyTable>;
