import { describe, expect, it } from "vitest";
import { getTestDb } from "@samspill/db/testing";
import { councilProgramme } from "../modules/measures/measure-fixtures.js";
import { boundIndicator, councilOf, municipalityWithCode, valueRows } from "../modules/indicators/source-fixtures.js";
import { fixtureClients, getFixtureServer } from "../testing/statistics.js";
import { startJobs } from "./start-jobs.js";
import { STATISTICS_JOB, STATISTICS_SCHEDULE } from "./statistics-import.js";

// The daily import as the worker runs it: scheduled in pg-boss when the worker has the
// statistics clients, and a run fills a bound indicator from the fixture server.

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the daily statistics import", () => {
  it("is scheduled each morning and imports bound indicators when it runs", async () => {
    const db = await getTestDb();
    const elverum = await municipalityWithCode("NO", "3420", "Elverum");
    const { goalId } = await councilProgramme((await councilOf(elverum)).id);
    const indicator = await boundIndicator(goalId, { source: "ssb", table: "07459", contentsCode: "Personer1", at: "start" }, true);
    const jobs = await startJobs({
      db, databaseUrl: process.env.DATABASE_URL || undefined, schema: "pgboss_statistics_test",
      mail: { smtpUrl: undefined, from: "Samspill <noreply@test.samspill.invalid>", portalUrl: undefined },
      statistics: fixtureClients(await getFixtureServer()),
    });
    try {
      const schedules = await jobs.boss.getSchedules();
      expect(schedules.find((schedule) => schedule.name === STATISTICS_JOB)).toMatchObject({ cron: STATISTICS_SCHEDULE, timezone: "Europe/Oslo" });
      await jobs.boss.send(STATISTICS_JOB, {});
      await until(async () => (await valueRows(indicator.id)).length === 5);
      expect((await valueRows(indicator.id)).every((row) => row.source === "ssb" && row.importedAt !== null)).toBe(true);
    } finally {
      await jobs.stop();
    }
  });
});
