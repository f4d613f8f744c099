import { describe, expect, it } from "vitest";
import { createMeeting, createOrganisation, createReportingPeriod, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcQuery } from "../testing/harness.js";
import { councilProgramme, hamarregionen, localMeasure, partOf, sharedMeasure } from "../modules/measures/measure-fixtures.js";
import { adoptDirectly } from "../modules/programmes/programme-fixtures.js";

// What each reader may do, as the gets and lists answer it next to the things they show (the
// client shows or hides controls from these and nothing else). One published, adopted programme
// of Hamarregionen with a shared measure (parts for Stange and Hamar) and Stange's local measure,
// a published meeting and a reporting period, read by everyone the client distinguishes.

type Permit = { allowed: boolean; reason: string | null };
type Reader = "secretariat" | "stange" | "otherCouncil" | "county" | "member" | "anonymous";
const READERS: readonly Reader[] = ["secretariat", "stange", "otherCouncil", "county", "member", "anonymous"];

async function world() {
  const db = await getTestDb();
  const region = await hamarregionen();
  const otherCounty = await createOrganisation(db, { kind: "county" });
  const otherCouncil = await createOrganisation(db, { kind: "regional_council", countyId: otherCounty.id });
  const { programme: draft } = await councilProgramme(region.council.id);
  const shared = await sharedMeasure(draft, { title: "Regional ladestruktur" });
  const stangePart = await partOf(shared, region.stange.id);
  const hamarPart = await partOf(shared, region.hamar.id);
  const local = await localMeasure(draft, region.stange.id);
  const programme = await adoptDirectly(draft, true);
  const meeting = await createMeeting(db, { councilId: region.council.id, published: true });
  const period = await createReportingPeriod(db, { councilId: region.council.id });
  const cookies: Record<Reader, string | undefined> = {
    secretariat: (await signedInUser("secretariat", region.council.id)).cookie,
    stange: (await signedInUser("municipality_contributor", region.stange.id)).cookie,
    otherCouncil: (await signedInUser("secretariat", otherCouncil.id)).cookie,
    county: (await signedInUser("county_official", region.county.id)).cookie,
    member: (await signedInUser("council_member", region.council.id)).cookie,
    anonymous: undefined,
  };
  return { region, programme, shared, stangePart, hamarPart, local, meeting, period, cookies };
}

/** Each reader's answer, as `allowed` or the HTTP status when the read itself is refused. */
async function perReader<T>(cookies: Record<Reader, string | undefined>, path: string, input: unknown, pick: (data: T) => unknown) {
  const answers: Partial<Record<Reader, unknown>> = {};
  for (const reader of READERS) {
    const { status, body } = await trpcQuery(path, input, { cookie: cookies[reader] });
    answers[reader] = status === 200 ? pick(body.result?.data as T) : status;
  }
  return answers;
}

describe("what each reader may do, as the server answers it", () => {
  it("programmes.get: only the owning council's secretariat revises, publishes, keeps roles and copies forward", async () => {
    const { programme, cookies } = await world();
    const answers = await perReader<{ viewer: Record<string, Permit> }>(cookies, "programmes.get", { id: programme.id }, ({ viewer }) =>
      [viewer.startRevision, viewer.publish, viewer.editFollowUp, viewer.copyForward].map((permit) => permit?.allowed));
    const none = [false, false, false, false];
    expect(answers).toEqual({ secretariat: [true, true, true, true], stange: none, otherCouncil: none, county: none, member: none, anonymous: none });
  });

  it("measures.get: the secretariat and the part's own municipality keep a part and write its report, nobody else", async () => {
    const { shared, stangePart, hamarPart, cookies } = await world();
    type View = { viewer: Record<string, Permit>; parts: Array<{ id: string; viewer: { edit: Permit; report: Permit } }> };
    const answers = await perReader<View>(cookies, "measures.get", { id: shared.id }, ({ viewer, parts }) => {
      const part = (id: string) => parts.find((candidate) => candidate.id === id)?.viewer;
      return {
        followUp: viewer.editFollowUp?.allowed,
        report: viewer.report?.allowed,
        stange: [part(stangePart.id)?.edit.allowed, part(stangePart.id)?.report.allowed],
        hamar: [part(hamarPart.id)?.edit.allowed, part(hamarPart.id)?.report.allowed],
      };
    });
    const reader = { followUp: false, report: false, stange: [false, false], hamar: [false, false] };
    expect(answers).toEqual({
      secretariat: { followUp: true, report: true, stange: [true, true], hamar: [true, true] },
      stange: { ...reader, stange: [true, true] },
      otherCouncil: reader, county: reader, member: reader, anonymous: reader,
    });
  });

  it("measures.get: a local measure's report is its municipality's, and the secretariat's", async () => {
    const { local, cookies } = await world();
    const answers = await perReader<{ viewer: { report: Permit } }>(cookies, "measures.get", { id: local.id }, ({ viewer }) => viewer.report);
    const { secretariat, stange, otherCouncil, county, member, anonymous } = answers;
    expect({ secretariat, stange }).toEqual({ secretariat: { allowed: true, reason: null }, stange: { allowed: true, reason: null } });
    expect({ county, member }).toEqual({ county: { allowed: false, reason: "role_not_allowed" }, member: { allowed: false, reason: "role_not_allowed" } });
    // Reports are never published: to outsiders a report is not there at all.
    expect({ otherCouncil, anonymous }).toEqual({ otherCouncil: { allowed: false, reason: "not_found" }, anonymous: { allowed: false, reason: "not_found" } });
  });

  it("meetings.get and meetings.list: only the council's secretariat records", async () => {
    const { region, meeting, cookies } = await world();
    const get = await perReader<{ viewer: { record: Permit } }>(cookies, "meetings.get", { id: meeting.id }, ({ viewer }) => viewer.record.allowed);
    const list = await perReader<{ viewer: { record: Permit } }>(
      cookies, "meetings.list", { councilId: region.council.id, limit: 10, offset: 0 }, ({ viewer }) => viewer.record.allowed);
    const expected = { secretariat: true, stange: false, otherCouncil: false, county: false, member: false, anonymous: false };
    expect(get).toEqual(expected);
    expect(list).toEqual(expected);
    const { body } = await trpcQuery("meetings.list", { councilId: region.council.id, limit: 10, offset: 0 }, { cookie: cookies.otherCouncil });
    expect((body.result?.data as { viewer: { record: Permit } }).viewer.record).toEqual({ allowed: false, reason: "not_own_council" });
  });

  it("navigation.get: a new programme is the secretariat's to start, at its own council only", async () => {
    const { region, cookies } = await world();
    type Navigation = { councils: Array<{ id: string; viewer: { createProgramme: Permit } }> };
    const answers = await perReader<Navigation>(cookies, "navigation.get", undefined, ({ councils }) =>
      Object.fromEntries(councils.map((council) => [council.id === region.council.id ? "hamarregionen" : "other", council.viewer.createProgramme.allowed])));
    expect(answers).toEqual({
      secretariat: { hamarregionen: true },
      stange: { hamarregionen: false },
      otherCouncil: { other: true },
      county: { hamarregionen: false },
      member: { hamarregionen: false },
      anonymous: {},
    });
  });

  it("reports.listPeriods and reports.overview: the secretariat reviews; each municipality writes its own reports", async () => {
    const { region, period, stangePart, hamarPart, local, cookies } = await world();
    const periods = await perReader<{ viewer: { review: Permit } }>(
      cookies, "reports.listPeriods", { councilId: region.council.id }, ({ viewer }) => viewer.review.allowed);
    expect(periods).toEqual({ secretariat: true, stange: false, otherCouncil: 404, county: false, member: false, anonymous: 404 });

    type Overview = { items: Array<{ partId: string | null; measureId: string; viewer: { write: Permit } }> };
    const overview = await perReader<Overview>(cookies, "reports.overview", { periodId: period.id }, ({ items }) => {
      const write = (found: Overview["items"][number] | undefined) => found?.viewer.write.allowed;
      return {
        stangePart: write(items.find((item) => item.partId === stangePart.id)),
        hamarPart: write(items.find((item) => item.partId === hamarPart.id)),
        local: write(items.find((item) => item.measureId === local.id)),
      };
    });
    const reads = { stangePart: false, hamarPart: false, local: false };
    expect(overview).toEqual({
      secretariat: { stangePart: true, hamarPart: true, local: true },
      // A contributor's overview is their own municipality's work.
      stange: { stangePart: true, hamarPart: undefined, local: true },
      otherCouncil: 404, county: reads, member: reads, anonymous: 404,
    });
  });
});
