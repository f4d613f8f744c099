import fc from "fast-check";
import { FUNDING_SOURCES, MEASURE_STATUSES, type FundingSource, type MeasureStatus, type ReportStatus } from "@samspill/domain";

// The random plan of a county with two councils and a member municipality's own agreement:
// programmes in a revision chain (superseded → adopted → draft), shared measures with parts and
// local ones in and around the reporting periods, reports in every workflow state, late or not,
// completed or cancelled, spending from every funding source, and agreements whose obligations
// share a measure. world.ts builds it through the factories.

const YEARS = { min: 2019, max: 2027 };

export interface MeasurePlan {
  scope: "shared" | "local";
  /** Members with a part (shared measures). */
  parts: number[];
  /** The member that owns a local measure. */
  owner: number;
  start: number | null;
  end: number | null;
  status: MeasureStatus;
  /** Top-level focus area (0 or 1), or none; `sub` places it under that area's sub-theme. */
  area: number | null;
  sub: boolean;
  /** Budget lines, some on the measure's first part, so a year can be over its budget or within it. */
  budget: BudgetPlan[];
}

export interface BudgetPlan {
  year: number;
  fundingSource: FundingSource;
  amountMinor: number;
  onPart: boolean;
}

const measurePlan = fc
  .record({
    scope: fc.constantFrom("shared" as const, "local" as const),
    parts: fc.subarray([0, 1, 2]),
    owner: fc.integer({ min: 0, max: 2 }),
    start: fc.option(fc.integer(YEARS), { nil: null }),
    span: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    status: fc.constantFrom(...MEASURE_STATUSES),
    area: fc.constantFrom(null, 0, 1),
    sub: fc.boolean(),
    budget: fc.array(
      fc.record({
        year: fc.integer({ min: 2020, max: 2027 }), fundingSource: fc.constantFrom(...FUNDING_SOURCES),
        amountMinor: fc.integer({ min: 1, max: 50_000_000 }), onPart: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ span, ...plan }): MeasurePlan => ({ ...plan, end: span === null ? null : (plan.start ?? 2021) + span }));

export interface ReportPlan {
  pick: number;
  workflow: ReportStatus;
  late: boolean;
  status: MeasureStatus;
  spending: Array<{ fundingSource: FundingSource; amountMinor: number }>;
}

// Approved reports that close a measure are what end its expected reports: make them common.
const reportPlan = fc.record({
  pick: fc.nat(),
  workflow: fc.oneof(
    { arbitrary: fc.constant<ReportStatus>("approved"), weight: 2 },
    { arbitrary: fc.constantFrom<ReportStatus>("draft", "submitted", "returned"), weight: 3 },
  ),
  late: fc.boolean(),
  status: fc.oneof(
    { arbitrary: fc.constantFrom<MeasureStatus>("completed", "cancelled"), weight: 1 },
    { arbitrary: fc.constantFrom(...MEASURE_STATUSES), weight: 2 },
  ),
  spending: fc.uniqueArray(
    fc.record({ fundingSource: fc.constantFrom(...FUNDING_SOURCES), amountMinor: fc.integer({ min: 1, max: 50_000_000 }) }),
    { maxLength: 3, selector: (line) => line.fundingSource },
  ),
});

const councilPlan = fc.record({
  old: fc.array(measurePlan, { minLength: 1, maxLength: 3 }),
  current: fc.array(measurePlan, { minLength: 1, maxLength: 4 }),
  draft: fc.array(measurePlan, { maxLength: 2 }),
  periodYears: fc.uniqueArray(fc.integer({ min: 2020, max: 2026 }), { minLength: 1, maxLength: 4 }),
  /** 1 for calendar years, 9 for a last third like T3. */
  startMonth: fc.constantFrom(1, 9),
  reports: fc.array(reportPlan, { maxLength: 16 }),
});

const agreementPlan = fc.record({
  startYear: fc.integer({ min: 2021, max: 2023 }),
  endYear: fc.integer({ min: 2024, max: 2027 }),
  commitments: fc.array(
    fc.record({ year: fc.integer({ min: 2020, max: 2027 }), fundingSource: fc.constantFrom(...FUNDING_SOURCES), amountMinor: fc.integer({ min: 1, max: 90_000_000 }) }),
    { maxLength: 5 },
  ),
  links: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
});

export const worldPlan = fc.record({
  councils: fc.tuple(councilPlan, councilPlan),
  agreements: fc.tuple(agreementPlan, agreementPlan, agreementPlan),
});
export type WorldPlan = typeof worldPlan extends fc.Arbitrary<infer T> ? T : never;
