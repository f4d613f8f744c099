import argon2 from "argon2";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProgrammeTree, pageMeasures, reportingOfPeriods, type Db } from "@samspill/db";
import { openIsolatedDb, type IsolatedDb } from "@samspill/db/testing";
import { IdSchema } from "@samspill/domain";
import { generateInstallation, type GeneratedInstallation } from "./generate.js";
import { benchId } from "./keys.js";
import { BENCH_PASSWORD, PERIODS, planFor } from "./plan.js";
import { measureCounts } from "./programmes.js";

// A small installation (two councils) of the same shapes as the national one: the counts the
// plan asks for, ids the API accepts, and the app's own reads finding what was written — every
// expected report of every period has its report.

const plan = planFor(0.01, "bench-test");
let isolated: IsolatedDb;
let db: Db;
let result: GeneratedInstallation;

beforeAll(async () => {
  isolated = await openIsolatedDb("samspill_bench_test");
  db = isolated.db;
  result = await generateInstallation(db, plan);
});

afterAll(async () => {
  await isolated?.drop();
});

describe("bench:data at a small scale", () => {
  it("writes what the plan asks for", () => {
    const measures = measureCounts(plan).reduce((a, b) => a + b, 0) * 2;
    expect(result.counts).toMatchObject({
      programme: plan.councils * 2, measure: measures, reporting_period: plan.councils * PERIODS.length,
      partnership_agreement: plan.councils, audit_event: plan.auditEvents,
    });
    expect(result.counts.app_user).toBeGreaterThanOrEqual(plan.users);
    expect(result.counts.session).toBe(result.counts.app_user * 2);
    expect(result.counts.indicator_value).toBeGreaterThan(plan.indicatorValues * 0.9);
    expect(result.counts.status_report).toBeGreaterThan(measures);
  });

  it("refuses a database that already holds an installation", async () => {
    await expect(generateInstallation(db, plan)).rejects.toThrow(/already holds organisations/);
  });

  it("gives the same ids in TypeScript and SQL, ones the API's id schema accepts", async () => {
    expect(result.councilId).toBe(benchId(plan.seed, "council:0"));
    const users = await db.selectFrom("appUser").select(["id", "role", "passwordHash"]).where("id", "in", Object.values(result.users)).execute();
    expect(users.map((u) => u.role).sort()).toEqual(Object.keys(result.users).sort());
    for (const user of users) expect(IdSchema.safeParse(user.id).success).toBe(true);
    expect(await argon2.verify(users[0]!.passwordHash!, BENCH_PASSWORD)).toBe(true);
  });

  it("reads back through the app's repositories: the programme tree and a filtered page of measures", async () => {
    const programme = await db.selectFrom("programme").select("id").where("ownerId", "=", result.councilId).where("status", "=", "adopted")
      .executeTakeFirstOrThrow();
    const tree = await findProgrammeTree(db, programme.id);
    const placed = tree!.focusAreas.flatMap((area) => area.measures.length + area.children.flatMap((c) => c.measures).length);
    expect(placed.reduce((a, b) => a + b, 0)).toBe(measureCounts(plan)[0]);
    const page = await pageMeasures(db, { programmeId: programme.id, status: ["in_progress"], limit: 10, offset: 0, sort: "position", direction: "asc" });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((m) => m.status === "in_progress")).toBe(true);
  });

  it("has a report for every expected report of every period, as the dashboards count them", async () => {
    const periods = await reportingOfPeriods(db, { councilId: result.councilId }, "2026-12-06");
    expect(periods.map((p) => p.periodName).sort()).toEqual(PERIODS.map((p) => p.name).sort());
    const written = await sql<{ pid: string; n: number }>`SELECT period_id AS pid, count(*)::int AS n FROM status_report GROUP BY 1`.execute(db);
    for (const period of periods) {
      expect(period.figures.missing, period.periodName).toBe(0);
      expect(period.figures.expected).toBe(written.rows.find((row) => row.pid === period.periodId)?.n);
    }
    const current = periods.find((p) => p.periodName === "T3 2026")!.figures;
    expect(current.draft).toBeGreaterThan(0);
    expect(current.submitted).toBeGreaterThan(0);
  });

  it("keeps each report's spent total equal to its spending lines", async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM status_report r
      WHERE r.spent_minor <> (SELECT coalesce(sum(amount_minor), 0) FROM status_report_spending s WHERE s.report_id = r.id)`.execute(db);
    expect(rows[0]!.n).toBe(0);
  });
});
