import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// A council's reporting period with its deadline.

export type ReportingPeriodTable = Database["reportingPeriod"];
export type ReportingPeriodRow = Selectable<ReportingPeriodTable>;
export type NewReportingPeriod = Insertable<ReportingPeriodTable>;
export type ReportingPeriodUpdate = Updateable<ReportingPeriodTable>;
