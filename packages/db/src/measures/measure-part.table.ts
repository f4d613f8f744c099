import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// One municipality's part of a shared measure.

export type MeasurePartTable = Database["measurePart"];
export type MeasurePartRow = Selectable<MeasurePartTable>;
export type NewMeasurePart = Insertable<MeasurePartTable>;
export type MeasurePartUpdate = Updateable<MeasurePartTable>;
