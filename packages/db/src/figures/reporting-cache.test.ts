import { describe, expect, it } from "vitest";
import type { Db } from "../client/create-db.js";
import {
  countQueries, createCouncilWithMembers, createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createStatusReport,
  getTestDb,
} from "../testing/index.js";
import { ReportingCache } from "./reporting-cache.js";
import { listOverdueReports, listPeriodReporting } from "./reporting.repository.js";

// The dashboards' cache of reporting figures (reporting-cache.ts, migration 0010): after every
// kind of change the figures depend on, the cached figures are the ones computed afresh, and
// while nothing changes they cost one small query.

const TODAY = "2026-03-01";

async function setting() {
  const db = await getTestDb();
  const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 2 });
  const { programme } = await createProgramme(db, { ownerId: council.id, status: "adopted", focusAreaCount: 0 });
  const shared = await createMeasure(db, { programmeId: programme.id });
  const parts = [
    await createMeasurePart(db, { measureId: shared.id, municipalityId: municipalities[0]!.id }),
    await createMeasurePart(db, { measureId: shared.id, municipalityId: municipalities[1]!.id }),
  ];
  const own = await createMeasure(db, { programmeId: programme.id });
  const periods = [
    await createReportingPeriod(db, { councilId: council.id, periodStart: "2024-01-01", periodEnd: "2024-12-31", deadline: "2025-01-31" }),
    await createReportingPeriod(db, { councilId: council.id, periodStart: "2025-01-01", periodEnd: "2025-12-31", deadline: "2026-01-31" }),
  ];
  return { db, council, municipalities, programme, shared, parts, own, periods };
}

/** The cached figures of every scope the dashboards ask for, next to the same computed afresh. */
async function bothWays(db: Db, cache: ReportingCache, councilId: string, countyId: string) {
  const cached = {
    council: await listPeriodReporting(db, { councilId }, cache),
    county: await listPeriodReporting(db, { countyId }, cache),
    overdue: await listOverdueReports(db, councilId, TODAY, cache),
  };
  const fresh = {
    council: await listPeriodReporting(db, { councilId }),
    county: await listPeriodReporting(db, { countyId }),
    overdue: await listOverdueReports(db, councilId, TODAY),
  };
  return { cached, fresh };
}

const sorted = <T extends { tallies: Array<{ state: string; late: boolean }> }>(rows: T[]) =>
  rows.map((row) => ({ ...row, tallies: [...row.tallies].sort((a, b) => `${a.state}${a.late}`.localeCompare(`${b.state}${b.late}`)) }));

describe("the reporting cache", () => {
  it("gives the figures computed afresh after every change they depend on", async () => {
    const { db, council, municipalities, programme, shared, parts, own, periods } = await setting();
    const cache = new ReportingCache();
    const agree = async (what: string) => {
      const { cached, fresh } = await bothWays(db, cache, council.id, council.countyId!);
      expect(sorted(cached.council), what).toEqual(sorted(fresh.council));
      expect(sorted(cached.county), what).toEqual(sorted(fresh.county));
      expect(cached.overdue, what).toEqual(fresh.overdue);
      return fresh;
    };
    const first = await agree("at first");
    expect(first.overdue).toHaveLength(6);

    const report = await createStatusReport(db, {
      measureId: shared.id, partId: parts[0]!.id, periodId: periods[0]!.id, organisationId: municipalities[0]!.id, workflowStatus: "submitted",
    });
    await agree("a report started");
    await db.updateTable("statusReport").set({ workflowStatus: "approved", measureStatus: "completed" }).where("id", "=", report.id).execute();
    await agree("a report approved, closing its part");
    await db.deleteFrom("statusReport").where("id", "=", report.id).execute();
    await agree("a report deleted");
    await db.updateTable("measure").set({ endDate: "2024-06-30" }).where("id", "=", own.id).execute();
    await agree("a measure's end moved");
    await createMeasurePart(db, { measureId: own.id, municipalityId: municipalities[1]!.id });
    await agree("a part added");
    await db.deleteFrom("measurePart").where("id", "=", parts[1]!.id).execute();
    await agree("a part removed");
    await db.updateTable("reportingPeriod").set({ deadline: "2026-06-30", name: "Andre år" }).where("id", "=", periods[1]!.id).execute();
    await agree("a deadline moved and a period renamed");
    await db.updateTable("organisation").set({ name: "Nytt navn kommune" }).where("id", "=", municipalities[0]!.id).execute();
    const renamed = await agree("a municipality renamed");
    expect(renamed.overdue.map((row) => row.organisationName)).toContain("Nytt navn kommune");
    await db.deleteFrom("measure").where("id", "=", shared.id).execute();
    await agree("a measure deleted");
    await db.updateTable("programme").set({ status: "draft" }).where("id", "=", programme.id).execute();
    const none = await agree("the programme no longer adopted");
    expect(none.overdue).toEqual([]);
  });

  it("costs one small query per call while nothing has changed", async () => {
    const { db, council, own } = await setting();
    const open = await createReportingPeriod(db, { councilId: council.id, periodStart: "2026-01-01", periodEnd: "2026-12-31", deadline: "2027-01-31" });
    const cache = new ReportingCache();
    const counted = countQueries(db);
    await listPeriodReporting(counted.db, { countyId: council.countyId! }, cache);
    await listOverdueReports(counted.db, council.id, TODAY, cache);
    counted.reset();
    await listPeriodReporting(counted.db, { countyId: council.countyId! }, cache);
    await listOverdueReports(counted.db, council.id, TODAY, cache);
    expect(counted.count()).toBe(2);
    // A draft in the open period is no news to the overdue list; the tallies count again (its period's).
    await createStatusReport(db, { measureId: own.id, periodId: open.id, workflowStatus: "draft" });
    counted.reset();
    await listOverdueReports(counted.db, council.id, TODAY, cache);
    expect(counted.count()).toBe(1);
    await listPeriodReporting(counted.db, { councilId: council.id }, cache);
    expect(counted.count()).toBe(3);
    // Another day is another overdue list.
    await listOverdueReports(counted.db, council.id, "2026-03-02", cache);
    expect(counted.count()).toBe(5);
  });

  it("is passed by inside a transaction, whose changes may yet be rolled back", async () => {
    const { db, council, own, periods } = await setting();
    const cache = new ReportingCache();
    const before = await listPeriodReporting(db, { councilId: council.id }, cache);
    await expect(
      db.transaction().execute(async (trx) => {
        await createStatusReport(trx, { measureId: own.id, periodId: periods[0]!.id, workflowStatus: "approved" });
        const inside = await listPeriodReporting(trx, { councilId: council.id }, cache);
        expect(inside).not.toEqual(before);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await listPeriodReporting(db, { councilId: council.id }, cache)).toEqual(before);
    await createStatusReport(db, { measureId: own.id, periodId: periods[0]!.id, workflowStatus: "submitted" });
    expect(sorted(await listPeriodReporting(db, { councilId: council.id }, cache))).toEqual(
      sorted(await listPeriodReporting(db, { councilId: council.id })),
    );
  });
});
