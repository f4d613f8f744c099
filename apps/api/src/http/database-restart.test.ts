import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getTestDb } from "@samspill/db/testing";
import { getTestApp, trpcQuery } from "../testing/harness.js";

// A database server restart kills every connection the pool holds. The process must live on,
// and the next requests must get fresh connections. Only the server driver has a pool.
describe.skipIf(!process.env.DATABASE_URL)("when the database server drops every connection", () => {
  it("keeps serving: the pool replaces dead connections and nothing crashes", async () => {
    const db = await getTestDb();
    const app = await getTestApp();
    // Hold several pooled connections, as under load.
    await Promise.all(Array.from({ length: 5 }, () => trpcQuery("programmes.list")));
    await sql`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push((await app.inject({ method: "GET", url: "/api/health" })).statusCode);
    }
    // At most the first request may meet a connection that died under it; it gets a clean 503.
    expect(statuses.slice(1)).toEqual([200, 200, 200, 200]);
    expect([200, 503]).toContain(statuses[0]);
    expect((await trpcQuery("programmes.list")).status).toBe(200);
  });
});
