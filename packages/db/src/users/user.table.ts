import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// A signed-in person; the table is app_user because user is reserved in SQL.

export type UserTable = Database["appUser"];
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
