import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// Outcome indicators (on goals), output indicators (on measures) and their values.

export type IndicatorTable = Database["indicator"];
export type IndicatorRow = Selectable<IndicatorTable>;
export type NewIndicator = Insertable<IndicatorTable>;
export type IndicatorUpdate = Updateable<IndicatorTable>;

export type IndicatorValueTable = Database["indicatorValue"];
export type IndicatorValueRow = Selectable<IndicatorValueTable>;
export type NewIndicatorValue = Insertable<IndicatorValueTable>;
export type IndicatorValueUpdate = Updateable<IndicatorValueTable>;
