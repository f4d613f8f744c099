import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// Money per year and funding source for a measure or one of its parts.

export type BudgetLineTable = Database["budgetLine"];
export type BudgetLineRow = Selectable<BudgetLineTable>;
export type NewBudgetLine = Insertable<BudgetLineTable>;
export type BudgetLineUpdate = Updateable<BudgetLineTable>;
