import { bench, describe } from "vitest";
import { createDb } from "../client/create-db.js";
import { migrateToLatest } from "../client/migrate.js";
import { loadDemoData, PROGRAMMES, programmeId } from "../demo/index.js";
import { listOrganisations } from "../organisations/organisation.repository.js";
import { findProgrammeTree } from "./programme-tree.repository.js";
import { findProgrammeSurroundings } from "./programme-view.repository.js";

// The reads behind the programme page and the organisation register, on the demo data.
// Run with `pnpm bench`; compare before and after a change to these queries.
const db = createDb({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: "memory://" });
await migrateToLatest(db);
await loadDemoData(db);
const hamarregionen = programmeId(PROGRAMMES.hamarregionen);

describe("programme page reads", () => {
  bench("findProgrammeTree + surroundings (Hamarregionen)", async () => {
    const tree = await findProgrammeTree(db, hamarregionen);
    if (!tree) throw new Error("demo programme missing");
    await findProgrammeSurroundings(db, tree.programme);
  });

  bench("listOrganisations: search among 700 organisations", async () => {
    await listOrganisations(db, { kind: "municipality", search: "sta", limit: 50 });
  });
});
