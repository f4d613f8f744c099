import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// A municipality's dated membership of a regional council.

export type MembershipTable = Database["membership"];
export type MembershipRow = Selectable<MembershipTable>;
export type NewMembership = Insertable<MembershipTable>;
export type MembershipUpdate = Updateable<MembershipTable>;
