import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// A measure and its links to the goals and agreement obligations it serves.

export type MeasureTable = Database["measure"];
export type MeasureRow = Selectable<MeasureTable>;
export type NewMeasure = Insertable<MeasureTable>;
export type MeasureUpdate = Updateable<MeasureTable>;

export type MeasureGoalTable = Database["measureGoal"];
export type MeasureGoalRow = Selectable<MeasureGoalTable>;
export type NewMeasureGoal = Insertable<MeasureGoalTable>;
export type MeasureGoalUpdate = Updateable<MeasureGoalTable>;

export type MeasureObligationTable = Database["measureObligation"];
export type MeasureObligationRow = Selectable<MeasureObligationTable>;
export type NewMeasureObligation = Insertable<MeasureObligationTable>;
export type MeasureObligationUpdate = Updateable<MeasureObligationTable>;
