import {
  insertBudgetLine, insertFocusArea, insertFundingCommitment, insertMeasureObligationLink, insertMembership, insertObligation,
  type OrganisationRow, type ReportingPeriodRow,
} from "@samspill/db";
import {
  createAgreement, createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod, createStatusReport,
  getTestDb, uniqueName,
} from "@samspill/db/testing";
import type { MeasureStatus, ProgrammeStatus, ReportStatus } from "@samspill/domain";
import type { ReportPlan, WorldPlan } from "./world-plan.js";

// The plan (world-plan.ts) built through the factories. What was built is kept in the plan's
// terms beside the rows, so the test can work out what every figure must be without asking the
// code under test.

// What was built, in the plan's terms.

export interface BuiltMeasure {
  id: string;
  title: string;
  programme: BuiltProgramme;
  scope: "shared" | "local";
  ownerId: string;
  partIds: Array<{ id: string; municipalityId: string }>;
  start: string | null;
  end: string | null;
  status: MeasureStatus;
  /** The top-level focus area it counts under; null when placed under none. */
  rootAreaId: string | null;
  /** Its budget lines and its parts', by year. */
  budget: Array<{ year: number; amountMinor: number }>;
}

export interface BuiltProgramme {
  id: string;
  status: ProgrammeStatus;
  periodStart: string;
  periodEnd: string;
  predecessorId: string | null;
  topAreaIds: string[];
}

export interface BuiltReport {
  id: string;
  periodId: string;
  measureId: string;
  partId: string | null;
  /** The author: the part's municipality, or the measure's owner. */
  organisationId: string;
  workflow: ReportStatus;
  late: boolean;
  status: MeasureStatus;
  spending: ReportPlan["spending"];
}

export interface BuiltCouncil {
  council: OrganisationRow;
  members: OrganisationRow[];
  programmes: BuiltProgramme[];
  measures: BuiltMeasure[];
  periods: ReportingPeriodRow[];
  reports: BuiltReport[];
}

export interface BuiltAgreement {
  id: string;
  title: string;
  partyId: string;
  periodStart: string;
  periodEnd: string;
  commitments: WorldPlan["agreements"][number]["commitments"];
  measureIds: string[];
}

export interface World {
  county: OrganisationRow;
  councils: BuiltCouncil[];
  agreements: BuiltAgreement[];
}

const PROGRAMMES = [
  { key: "old", status: "superseded", periodStart: "2020-01-01", periodEnd: "2022-12-31" },
  { key: "current", status: "adopted", periodStart: "2023-01-01", periodEnd: "2026-12-31" },
  { key: "draft", status: "draft", periodStart: "2025-01-01", periodEnd: "2027-12-31" },
] as const;

async function buildCouncil(county: OrganisationRow, plan: WorldPlan["councils"][number]): Promise<BuiltCouncil> {
  const db = await getTestDb();
  const council = await createOrganisation(db, { kind: "regional_council", countyId: county.id, name: uniqueName("Råd") });
  const members: OrganisationRow[] = [];
  for (let index = 0; index < 3; index += 1) {
    const member = await createOrganisation(db, { kind: "municipality", countyId: county.id, name: uniqueName("Kommune") });
    await insertMembership(db, { councilId: council.id, municipalityId: member.id, validFrom: "2015-01-01" });
    members.push(member);
  }
  const programmes: BuiltProgramme[] = [];
  const measures: BuiltMeasure[] = [];
  for (const shape of PROGRAMMES) {
    const predecessorId = programmes.at(-1)?.id ?? null;
    const { programme, focusAreas } = await createProgramme(db, {
      ownerId: council.id, status: shape.status, periodStart: shape.periodStart, periodEnd: shape.periodEnd, predecessorId,
      focusAreaCount: 2, published: shape.status === "adopted",
    });
    const subThemes = [];
    for (const area of focusAreas) subThemes.push(await insertFocusArea(db, { programmeId: programme.id, parentId: area.id, title: uniqueName("Undertema") }));
    const built: BuiltProgramme = {
      id: programme.id, status: shape.status, periodStart: shape.periodStart, periodEnd: shape.periodEnd, predecessorId,
      topAreaIds: focusAreas.map((area) => area.id),
    };
    programmes.push(built);
    for (const measurePlan of plan[shape.key]) {
      const root = measurePlan.area === null ? null : focusAreas[measurePlan.area]!;
      const placed = root && measurePlan.sub ? subThemes[measurePlan.area!]! : root;
      const ownerId = measurePlan.scope === "local" ? members[measurePlan.owner]!.id : council.id;
      const start = measurePlan.start === null ? null : `${measurePlan.start}-01-01`;
      const end = measurePlan.end === null ? null : `${measurePlan.end}-12-31`;
      const measure = await createMeasure(db, {
        programmeId: programme.id, scope: measurePlan.scope, ownerId, focusAreaId: placed?.id ?? null,
        startDate: start, endDate: end, status: measurePlan.status, progress: measurePlan.status === "completed" ? 100 : 30,
      });
      const partIds = [];
      for (const index of measurePlan.scope === "shared" ? measurePlan.parts : []) {
        const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: members[index]!.id });
        partIds.push({ id: part.id, municipalityId: part.municipalityId });
      }
      for (const line of measurePlan.budget) {
        await insertBudgetLine(db, {
          measureId: measure.id, partId: line.onPart ? (partIds[0]?.id ?? null) : null, year: line.year,
          amountMinor: line.amountMinor, currency: "NOK", fundingSource: line.fundingSource,
        });
      }
      measures.push({
        id: measure.id, title: measure.title, programme: built, scope: measurePlan.scope, ownerId, partIds, start, end, status: measurePlan.status,
        rootAreaId: root?.id ?? null, budget: measurePlan.budget.map(({ year, amountMinor }) => ({ year, amountMinor })),
      });
    }
  }
  const periods: ReportingPeriodRow[] = [];
  for (const year of [...plan.periodYears].sort()) {
    periods.push(await createReportingPeriod(db, {
      councilId: council.id, name: uniqueName(String(year)),
      periodStart: `${year}-${String(plan.startMonth).padStart(2, "0")}-01`, periodEnd: `${year}-12-31`, deadline: `${year + 1}-01-31`,
    }));
  }
  // Every (period, measure or part) a report can be on, a measure's own report on a measure with parts included.
  const slots = periods.flatMap((period) => measures.flatMap((measure) => [
    { period, measure, part: null as BuiltMeasure["partIds"][number] | null },
    ...measure.partIds.map((part) => ({ period, measure, part })),
  ]));
  const reports: BuiltReport[] = [];
  const taken = new Set<string>();
  for (const report of plan.reports) {
    const slot = slots[report.pick % slots.length];
    if (!slot) continue;
    const key = `${slot.period.id}:${slot.measure.id}:${slot.part?.id ?? ""}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const submitted = report.workflow !== "draft";
    const organisationId = slot.part?.municipalityId ?? slot.measure.ownerId;
    const row = await createStatusReport(db, {
      periodId: slot.period.id, measureId: slot.measure.id, partId: slot.part?.id ?? null, organisationId,
      workflowStatus: report.workflow, late: submitted && report.late, submittedAt: submitted ? `${slot.period.periodEnd}T12:00:00Z` : null,
      returnComment: report.workflow === "returned" ? "Mangler tall" : null,
      measureStatus: report.status, progress: report.status === "completed" ? 100 : 40, spending: report.spending,
    });
    reports.push({
      id: row.id, periodId: slot.period.id, measureId: slot.measure.id, partId: slot.part?.id ?? null, organisationId,
      workflow: report.workflow, late: submitted && report.late, status: report.status, spending: report.spending,
    });
  }
  return { council, members, programmes, measures, periods, reports };
}

async function buildAgreement(
  countyId: string,
  partyId: string,
  plan: WorldPlan["agreements"][number],
  candidates: readonly BuiltMeasure[],
  alsoLink: readonly string[],
): Promise<BuiltAgreement> {
  const db = await getTestDb();
  const periodStart = `${plan.startYear}-01-01`;
  const periodEnd = `${plan.endYear}-12-31`;
  const { agreement } = await createAgreement(db, { countyId, partyIds: [partyId], periodStart, periodEnd });
  for (const [index, commitment] of plan.commitments.entries()) {
    await insertFundingCommitment(db, {
      agreementId: agreement.id, year: commitment.year, source: commitment.fundingSource, sourceName: `kilde ${index}`,
      amountMinor: commitment.amountMinor, currency: "NOK",
    });
  }
  const measureIds = [...new Set([...plan.links.map((pick) => candidates[pick % candidates.length]!.id), ...alsoLink])];
  // Two obligations, the first measure linked to both: it is still one measure of the agreement.
  const obligations = [
    await insertObligation(db, { agreementId: agreement.id, partyId, title: "Koordinere" }),
    await insertObligation(db, { agreementId: agreement.id, partyId, title: "Rapportere" }),
  ];
  for (const [index, measureId] of measureIds.entries()) {
    await insertMeasureObligationLink(db, obligations[index % 2]!.id, measureId);
    if (index === 0) await insertMeasureObligationLink(db, obligations[1]!.id, measureId);
  }
  return { id: agreement.id, title: agreement.title, partyId, periodStart, periodEnd, commitments: plan.commitments, measureIds };
}

export async function buildWorld(plan: WorldPlan): Promise<World> {
  const db = await getTestDb();
  const county = await createOrganisation(db, { kind: "county", name: uniqueName("Fylke") });
  const councils = [await buildCouncil(county, plan.councils[0]), await buildCouncil(county, plan.councils[1])];
  const [first, second] = councils as [BuiltCouncil, BuiltCouncil];
  const withFirst = await buildAgreement(county.id, first.council.id, plan.agreements[0], first.measures, []);
  const withSecond = await buildAgreement(county.id, second.council.id, plan.agreements[1], second.measures, []);
  // A member municipality's own agreement shares a measure with its council's (Elverum and Sør-Østerdal).
  const withMember = await buildAgreement(county.id, first.members[0]!.id, plan.agreements[2], first.measures, [withFirst.measureIds[0]!]);
  return { county, councils, agreements: [withFirst, withSecond, withMember] };
}
