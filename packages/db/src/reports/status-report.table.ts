import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// A status report per measure or part per period.

export type StatusReportTable = Database["statusReport"];
export type StatusReportRow = Selectable<StatusReportTable>;
export type NewStatusReport = Insertable<StatusReportTable>;
export type StatusReportUpdate = Updateable<StatusReportTable>;
