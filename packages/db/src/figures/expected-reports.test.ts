import { describe, expect, it } from "vitest";
import type { MeasurePartRow } from "../measures/measure-part.table.js";
import {
  createCouncilWithMembers, createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createStatusReport, getTestDb,
} from "../testing/index.js";
import { listExpectedReports, listOverdueReports, listPeriodReporting } from "./reporting.repository.js";

// The one definition of an expected report (expected-reports.ts), case by case.

async function council(memberCount = 2) {
  return createCouncilWithMembers(await getTestDb(), { memberCount });
}

const period = async (councilId: string, year: number, deadline = `${year + 1}-01-31`) =>
  createReportingPeriod(await getTestDb(), { councilId, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, deadline });

const expectedIn = async (periodId: string) =>
  (await listExpectedReports(await getTestDb(), periodId)).map((row) => `${row.measureId}:${row.partId ?? ""}`).sort();

describe("expected reports", () => {
  it("come from each part of a shared measure, not from the measure too, of an adopted programme only", async () => {
    const db = await getTestDb();
    const { council: owner, municipalities } = await council(2);
    const { programme } = await createProgramme(db, { ownerId: owner.id, status: "adopted", focusAreaCount: 0 });
    const { programme: draft } = await createProgramme(db, { ownerId: owner.id, focusAreaCount: 0 });
    const shared = await createMeasure(db, { programmeId: programme.id });
    const parts: MeasurePartRow[] = [];
    for (const municipality of municipalities) parts.push(await createMeasurePart(db, { measureId: shared.id, municipalityId: municipality.id }));
    const own = await createMeasure(db, { programmeId: programme.id });
    await createMeasure(db, { programmeId: draft.id });
    const p2024 = await period(owner.id, 2024);
    expect(await expectedIn(p2024.id)).toEqual([...parts.map((part) => `${shared.id}:${part.id}`), `${own.id}:`].sort());
    const reporters = (await listExpectedReports(db, p2024.id)).map((row) => row.organisationId).sort();
    expect(reporters).toEqual([...municipalities.map((m) => m.id), owner.id].sort());
  });

  it("follow the measure's time frame, past its programme's end until a revision takes over", async () => {
    const db = await getTestDb();
    const { council: owner } = await council(0);
    const { programme } = await createProgramme(db, {
      ownerId: owner.id, status: "adopted", periodStart: "2022-01-01", periodEnd: "2023-12-31", focusAreaCount: 0,
    });
    const longRunning = await createMeasure(db, { programmeId: programme.id, startDate: "2022-01-01", endDate: "2026-12-31" });
    const ended = await createMeasure(db, { programmeId: programme.id, startDate: "2022-01-01", endDate: "2023-12-31" });
    const undated = await createMeasure(db, { programmeId: programme.id });
    const late = await createMeasure(db, { programmeId: programme.id, startDate: "2023-03-01", endDate: "2023-12-31" });
    const [p2021, p2022, p2023, p2026] = [await period(owner.id, 2021), await period(owner.id, 2022), await period(owner.id, 2023), await period(owner.id, 2026)];
    expect(await expectedIn(p2021.id)).toEqual([]);
    expect(await expectedIn(p2022.id)).toEqual([`${longRunning.id}:`, `${ended.id}:`, `${undated.id}:`].sort());
    expect(await expectedIn(p2023.id)).toEqual([`${longRunning.id}:`, `${ended.id}:`, `${undated.id}:`, `${late.id}:`].sort());
    expect(await expectedIn(p2026.id)).toEqual([`${longRunning.id}:`]);

    // A revision adopted for 2025 onwards answers for 2026; 2023 stays as it was.
    const { programme: revision } = await createProgramme(db, {
      ownerId: owner.id, status: "adopted", periodStart: "2025-01-01", periodEnd: "2026-12-31", predecessorId: programme.id, focusAreaCount: 0,
    });
    await db.updateTable("programme").set({ status: "superseded" }).where("id", "=", programme.id).execute();
    const carried = await createMeasure(db, { programmeId: revision.id, startDate: "2022-01-01", endDate: "2026-12-31", predecessorId: longRunning.id });
    expect(await expectedIn(p2026.id)).toEqual([`${carried.id}:`]);
    expect(await expectedIn(p2023.id)).toEqual([`${longRunning.id}:`, `${ended.id}:`, `${undated.id}:`, `${late.id}:`].sort());
  });

  it("end after an approved report of an earlier period says completed or cancelled", async () => {
    const db = await getTestDb();
    const { council: owner, municipalities } = await council(2);
    const { programme } = await createProgramme(db, { ownerId: owner.id, status: "adopted", focusAreaCount: 0 });
    const shared = await createMeasure(db, { programmeId: programme.id });
    const [done, going] = [
      await createMeasurePart(db, { measureId: shared.id, municipalityId: municipalities[0]!.id }),
      await createMeasurePart(db, { measureId: shared.id, municipalityId: municipalities[1]!.id }),
    ];
    const local = await createMeasure(db, { programmeId: programme.id });
    const [p2024, p2025] = [await period(owner.id, 2024), await period(owner.id, 2025)];
    await createStatusReport(db, {
      measureId: shared.id, partId: done.id, periodId: p2024.id, organisationId: municipalities[0]!.id,
      workflowStatus: "approved", measureStatus: "completed", progress: 100,
    });
    // Submitted, not approved: not yet a fact.
    await createStatusReport(db, { measureId: local.id, periodId: p2024.id, workflowStatus: "submitted", measureStatus: "cancelled", progress: 0 });
    expect(await expectedIn(p2024.id)).toEqual([`${shared.id}:${done.id}`, `${shared.id}:${going.id}`, `${local.id}:`].sort());
    expect(await expectedIn(p2025.id)).toEqual([`${shared.id}:${going.id}`, `${local.id}:`].sort());
  });
});

describe("reporting tallies and overdue reports", () => {
  it("count each expected report once by state and lateness, and list the overdue ones", async () => {
    const db = await getTestDb();
    const { council: owner, municipalities } = await council(3);
    const { programme } = await createProgramme(db, { ownerId: owner.id, status: "adopted", focusAreaCount: 0 });
    const shared = await createMeasure(db, { programmeId: programme.id });
    const parts: MeasurePartRow[] = [];
    for (const municipality of municipalities) parts.push(await createMeasurePart(db, { measureId: shared.id, municipalityId: municipality.id }));
    const p2024 = await period(owner.id, 2024);
    const report = (index: number, workflowStatus: "approved" | "returned", late: boolean) => createStatusReport(db, {
      measureId: shared.id, partId: parts[index]!.id, periodId: p2024.id, organisationId: municipalities[index]!.id,
      workflowStatus, late, submittedAt: "2025-02-02T10:00:00Z", returnComment: workflowStatus === "returned" ? "Tall mangler" : null,
    });
    await report(0, "approved", true);
    await report(1, "returned", false);
    // A report on the measure itself is not one of the expected ones.
    await createStatusReport(db, { measureId: shared.id, periodId: p2024.id, workflowStatus: "approved" });

    const [reporting] = await listPeriodReporting(db, { councilId: owner.id });
    expect(reporting?.periodId).toBe(p2024.id);
    expect(reporting?.tallies.sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { state: "approved", late: true, count: 1 },
      { state: "missing", late: false, count: 1 },
      { state: "returned", late: false, count: 1 },
    ]);
    const county = await listPeriodReporting(db, { countyId: owner.countyId! });
    expect(county.map((row) => [row.periodId, row.councilName])).toEqual([[p2024.id, owner.name]]);

    const overdue = await listOverdueReports(db, owner.id, "2025-02-01");
    expect(overdue.map((row) => [row.organisationId, row.state]).sort()).toEqual(
      [[municipalities[1]!.id, "returned"], [municipalities[2]!.id, "missing"]].sort(),
    );
    expect(await listOverdueReports(db, owner.id, "2025-01-31")).toEqual([]);
  });
});
