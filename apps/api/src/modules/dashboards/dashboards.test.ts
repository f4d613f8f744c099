import { describe, expect, it } from "vitest";
import { insertFundingCommitment } from "@samspill/db";
import { countQueries, createAgreement, createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { buildTestApp, signedInUser, trpcQuery, type TrpcBody } from "../../testing/harness.js";
import { councilWork } from "./dashboard-fixtures.js";

// The dashboards' figures, and that they cost the same number of queries at any size.

const data = <T>(body: TrpcBody) => body.result?.data as T;

type Counts = Record<string, number>;
const total = (counts: Counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);

interface CouncilDashboard {
  programmes: Array<{ id: string }>;
  measuresByFocusArea: Array<{ programmeId: string; focusAreaId: string | null; counts: Counts }>;
  partsByMunicipality: Array<{ municipalityId: string; counts: Counts }>;
  reporting: Array<{ periodId: string; expected: number; reported: number; approved: number; overdue: number }>;
  overdueReports: Array<{ organisationId: string; state: string }>;
  budget: Array<{ fundingSource: string; year: number; amount: { amountMinor: number; currency: string } }>;
}

async function councilAtSize(size: number) {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
  const work = await councilWork(world.council, world.municipalities, size);
  return { ...world, work };
}

/** Queries of one dashboard call on an app whose database counts them; sign-in happens before. */
async function measuredCall(path: string, input: unknown, role: "secretariat" | "county_official", organisationId: string) {
  const counter = countQueries(await getTestDb());
  const app = await buildTestApp({ db: counter.db });
  const { cookie } = await signedInUser(role, organisationId, app);
  await trpcQuery("auth.me", undefined, { cookie, app });
  counter.reset();
  const { status, body } = await trpcQuery(path, input, { cookie, app });
  expect(status, JSON.stringify(body.error?.data)).toBe(200);
  return { queries: counter.count(), body };
}

describe("dashboards.council", () => {
  it("counts measures per focus area and status, parts per municipality, overdue reports and budget", async () => {
    const small = await councilAtSize(2);
    const { cookie } = await signedInUser("secretariat", small.council.id);
    const view = data<CouncilDashboard>((await trpcQuery("dashboards.council", { councilId: small.council.id }, { cookie })).body);
    expect(view.programmes.map((programme) => programme.id)).toEqual([small.work.programmeId]);
    expect(view.measuresByFocusArea).toHaveLength(2);
    expect(view.measuresByFocusArea.reduce((sum, row) => sum + total(row.counts), 0)).toBe(small.work.measureCount);
    expect(view.measuresByFocusArea.map((row) => row.counts.planned)).toEqual([1, 1]);
    const [first, second] = small.municipalities;
    expect(view.partsByMunicipality).toEqual(expect.arrayContaining([
      expect.objectContaining({ municipalityId: first?.id, counts: expect.objectContaining({ in_progress: 4 }) }),
      expect.objectContaining({ municipalityId: second?.id, counts: expect.objectContaining({ in_progress: 4 }) }),
    ]));
    // The period's deadline (2025-01-31) has passed: the second member's four parts are overdue.
    expect(view.reporting).toEqual([expect.objectContaining({ periodId: small.work.periodId, expected: 8, reported: 4, approved: 4, overdue: 4 })]);
    expect(view.overdueReports).toHaveLength(4);
    expect(view.overdueReports.every((row) => row.organisationId === second?.id && row.state === "missing")).toBe(true);
    expect(view.budget).toEqual([
      { fundingSource: "council_funds", year: 2024, amount: { amountMinor: 200_000_00, currency: "NOK" } },
      { fundingSource: "county_partnership_funds", year: 2025, amount: { amountMinor: 200_000_00, currency: "NOK" } },
    ]);
  });

  it("issues the same number of queries for five times the data", async () => {
    const small = await councilAtSize(2);
    const large = await councilAtSize(10);
    const smallCall = await measuredCall("dashboards.council", { councilId: small.council.id }, "secretariat", small.council.id);
    const largeCall = await measuredCall("dashboards.council", { councilId: large.council.id }, "secretariat", large.council.id);
    expect(data<CouncilDashboard>(largeCall.body).overdueReports).toHaveLength(20);
    expect(largeCall.queries).toBe(smallCall.queries);
    // Session lookup, the council, and the figures' nine grouped queries (reporting, status, overdue, budget).
    expect(smallCall.queries).toBeGreaterThanOrEqual(9);
    expect(smallCall.queries).toBeLessThanOrEqual(14);
  });
});

describe("dashboards.county", () => {
  async function countyAtSize(size: number) {
    const db = await getTestDb();
    const world = await councilAtSize(size);
    for (let index = 0; index < size; index += 1) {
      const { agreement } = await createAgreement(db, { countyId: world.county.id, partyIds: [world.council.id] });
      await insertFundingCommitment(db, { agreementId: agreement.id, year: 2024, source: "county_partnership_funds", amountMinor: 500_000_00, currency: "NOK" });
    }
    return world;
  }

  it("issues the same number of queries for five times the data", async () => {
    const small = await countyAtSize(1);
    const large = await countyAtSize(5);
    const smallCall = await measuredCall("dashboards.county", { countyId: small.county.id }, "county_official", small.county.id);
    const largeCall = await measuredCall("dashboards.county", {}, "county_official", large.county.id);
    const view = data<{ agreements: unknown[]; funds: { rows: unknown[] } }>(largeCall.body);
    expect(view.agreements).toHaveLength(5);
    expect(view.funds.rows).toEqual([expect.objectContaining({ year: 2024, committedMinor: 2_500_000_00, currency: "NOK" })]);
    expect(largeCall.queries).toBe(smallCall.queries);
    expect(smallCall.queries).toBeGreaterThanOrEqual(5);
  });

  it("is the county's: a secretariat of a council in it does not see it", async () => {
    const world = await councilAtSize(1);
    const { cookie } = await signedInUser("secretariat", world.council.id);
    const refused = await trpcQuery("dashboards.county", { countyId: world.county.id }, { cookie });
    expect(refused.status).toBe(404);
  });
});
