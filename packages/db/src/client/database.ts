// The typed schema comes from the migrated database (kysely-codegen, see kysely-codegen.json);
// CI regenerates it and fails on drift, so the types never disagree with the tables.
export type { DB as Database } from "../generated/database.js";
