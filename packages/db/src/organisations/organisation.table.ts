import type { Insertable, Selectable, Updateable } from "kysely";
import type { Database } from "../client/database.js";

// Counties, councils, municipalities and partners; codes are dated, never names.

export type OrganisationTable = Database["organisation"];
export type OrganisationRow = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type OrganisationUpdate = Updateable<OrganisationTable>;
