import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@samspill/db";
import { councilDueForReminders, PASSWORD } from "./support/fixtures.js";
import { signIn, trpcData, trpcGet, trpcPost } from "./support/http.js";
import { startInstance, type Instance } from "./support/instance.js";
import { runLoad, statusCounts, type Answer } from "./support/load.js";
import { throwawayCluster, type Cluster } from "./support/postgres.js";

// The PostgreSQL server goes away under load — stopped as a restart stops it, every connection
// cut at once — and comes back three seconds later. A production instance must answer 503 with Retry-After while
// it is away (never 500), log the outage once, serve again within moments, and keep every write
// it acknowledged.

const PORTS = { instance: 3520, postgres: 5435 };
const OUTAGE_MS = 3_000;

let cluster: Cluster;
let db: Db;
let instance: Instance;

beforeAll(async () => {
  cluster = await throwawayCluster(PORTS.postgres);
  instance = startInstance({ port: PORTS.instance, databaseUrl: cluster.url, env: { SAMSPILL_SECURE_COOKIES: "false" } });
  await instance.ready();
  db = createDb({ databaseUrl: cluster.url, poolSize: 2 });
}, 120_000);

afterAll(async () => {
  await instance?.kill("SIGTERM");
  await db?.destroy();
  await cluster?.remove();
});

describe("when the database server restarts under load", () => {
  it("answers 503 with Retry-After while it is away, logs it once, recovers at once and loses no acknowledged write", async () => {
    const place = await councilDueForReminders(db);
    const cookie = await signIn(instance.url, place.secretariat.email, PASSWORD);
    const subject = { subjectType: "measure", subjectId: place.measure.id };
    const outage = { stoppedAt: 0, backAt: 0 };

    // Half the clients comment (a write, acknowledged with its id), half read the programmes.
    const answers = await runLoad({
      concurrency: 10,
      durationMs: 12_000,
      request: (client, sequence) => client % 2 === 0
        ? trpcPost(instance.url, "comments.add", { ...subject, body: `Under load ${client}-${sequence}` }, cookie)
        : trpcGet(instance.url, "programmes.list", undefined, cookie),
      read: async (response) => (await trpcData<{ id?: string }>(response)).id,
      during: {
        atMs: 3_000,
        act: async () => {
          outage.stoppedAt = Date.now();
          await cluster.stop();
          await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
          await cluster.start();
          outage.backAt = Date.now();
        },
        thenMs: 6_000,
      },
    });

    const counts = statusCounts(answers);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(outage.backAt).toBeGreaterThan(0);
    const firstServed = answers.find((answer) => answer.startedAt >= outage.backAt && answer.status === 200);
    const recoveryMs = (firstServed?.endedAt ?? Infinity) - outage.backAt;
    process.stdout.write(
      `database stopped for ${outage.backAt - outage.stoppedAt} ms under load: ${answers.length} requests, ` +
      `statuses ${JSON.stringify(counts)}, first answer served ${recoveryMs} ms after the server was back\n`,
    );

    // Only served or "unavailable, retry": never a 500, never a dropped connection.
    expect(Object.keys(counts).sort()).toEqual(["200", "503"]);
    expect(refused.every((answer) => answer.retryAfter === "5")).toBe(true);
    // The outage was met and logged once, and its end once, with no stack traces for it.
    expect(instance.logged("database unavailable: answering 503 until it is back")).toHaveLength(1);
    expect(instance.logged("database available again")).toHaveLength(1);
    expect(instance.logged("unexpected error")).toEqual([]);
    expect(instance.logged("job worker").map((entry) => entry.message)).toEqual([]);
    // Served again within a moment of the server accepting connections, and from then on.
    expect(recoveryMs).toBeLessThan(3_000);
    const settled = answers.filter((answer) => answer.startedAt >= outage.backAt + 3_000);
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.filter((answer) => answer.status !== 200)).toEqual([]);

    // Every acknowledged comment is in the database; the server's WAL recovery kept them all.
    const acknowledged = answers.filter((answer): answer is Answer & { outcome: string } => typeof answer.outcome === "string").map((answer) => answer.outcome);
    expect(acknowledged.length).toBeGreaterThan(20);
    const stored = await db.selectFrom("comment").select("id").where("id", "in", acknowledged).execute();
    expect(stored.length).toBe(acknowledged.length);
  });
});
