import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// An action programme and its tree: roles, focus areas (nested) and goals.

export type ProgrammeTable = Database["programme"];
export type ProgrammeRow = Selectable<ProgrammeTable>;
export type NewProgramme = Insertable<ProgrammeTable>;
export type ProgrammeUpdate = Updateable<ProgrammeTable>;

export type ProgrammeRoleTable = Database["programmeRole"];
export type ProgrammeRoleRow = Selectable<ProgrammeRoleTable>;
export type NewProgrammeRole = Insertable<ProgrammeRoleTable>;
export type ProgrammeRoleUpdate = Updateable<ProgrammeRoleTable>;

export type FocusAreaTable = Database["focusArea"];
export type FocusAreaRow = Selectable<FocusAreaTable>;
export type NewFocusArea = Insertable<FocusAreaTable>;
export type FocusAreaUpdate = Updateable<FocusAreaTable>;

export type GoalTable = Database["goal"];
export type GoalRow = Selectable<GoalTable>;
export type NewGoal = Insertable<GoalTable>;
export type GoalUpdate = Updateable<GoalTable>;
