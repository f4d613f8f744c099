import argon2 from "argon2";
import { sql } from "kysely";
import { sourceBindingOf } from "@samspill/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-db.js";
import { listDecisionsAbout, listLinkTargetOwners } from "../meetings/decision-link.repository.js";
import { openIsolatedDb, type IsolatedDb } from "../testing/isolated-db.js";
import { DEMO_IDS, DEMO_PASSWORD, DEMO_USERS, loadDemoData, type DemoSummary } from "./index.js";

// The demo data in its own database: an in-memory PGlite, or with DATABASE_URL a fresh
// database on that server (dropped afterwards), so the open-ended official codes of the demo
// never meet the random codes other tests insert into the shared test database.

let db: Db;
let first: DemoSummary;
let isolated: IsolatedDb;

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  const counts: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tablename)}`.execute(db);
    counts[tablename] = result.rows[0]!.n;
  }
  return counts;
}

beforeAll(async () => {
  isolated = await openIsolatedDb("samspill_demo");
  db = isolated.db;
  first = await loadDemoData(db);
}, 120_000);

afterAll(() => isolated?.drop());

const current = (country: "NO" | "SE", kind: "county" | "municipality") =>
  db.selectFrom("organisation").select(db.fn.countAll<number>().as("n"))
    .where("country", "=", country).where("kind", "=", kind).where("validFrom", "<=", "2024-01-01")
    .where((eb) => eb.or([eb("validTo", "is", null), eb("validTo", ">=", "2024-01-01")]))
    .executeTakeFirstOrThrow().then((row) => Number(row.n));

describe("demo data", () => {
  it("holds every Norwegian and Swedish county and municipality", async () => {
    expect(await current("NO", "municipality")).toBe(357);
    expect(await current("SE", "municipality")).toBe(290);
    expect(await current("NO", "county")).toBe(15);
    expect(await current("SE", "county")).toBe(21);
    expect(first.councils).toBe(11);
  });

  it("dates Eidsvoll's numbers 0237 → 3035 → 3240 from the official lists, in the county of each period", async () => {
    const eidsvoll = await db.selectFrom("organisation as m").innerJoin("organisation as c", "c.id", "m.countyId")
      .select(["m.code", "m.validFrom", "m.validTo", "c.name as county"])
      .where("m.name", "=", "Eidsvoll").where("m.country", "=", "NO").orderBy("m.validFrom").execute();
    expect(eidsvoll).toEqual([
      { code: "0237", validFrom: "1900-01-01", validTo: "2019-12-31", county: "Akershus" },
      { code: "3035", validFrom: "2020-01-01", validTo: "2023-12-31", county: "Viken" },
      { code: "3240", validFrom: "2024-01-01", validTo: null, county: "Akershus" },
    ]);
    expect(await db.selectFrom("organisation").select(["code", "validTo"])
      .where("country", "=", "NO").where("code", "in", ["30", "38", "54"]).orderBy("code").execute())
      .toEqual([{ code: "30", validTo: "2023-12-31" }, { code: "38", validTo: "2023-12-31" }, { code: "54", validTo: "2023-12-31" }]);
    const local = await db.selectFrom("organisation").select(["code", "name", "languageForm", "slug"])
      .where("code", "in", ["1577", "08", "0884"]).orderBy("code").execute();
    expect(local).toEqual([
      { code: "08", name: "Region Kalmar län", languageForm: "sv", slug: "region-kalmar-lan" },
      { code: "0884", name: "Vimmerby", languageForm: "sv", slug: "vimmerby" },
      { code: "1577", name: "Volda", languageForm: "nn", slug: null },
    ]);
  });

  it("gives Hamarregionen's programme exactly the four focus areas of seed 004 with their sub-themes", async () => {
    const areas = await db.selectFrom("focusArea")
      .select(["id", "parentId", "title", "heading", "position"])
      .where("programmeId", "=", DEMO_IDS.programmes.hamarregionen).orderBy("position").execute();
    const top = areas.filter((a) => a.parentId === null);
    expect(top.map((a) => [a.title, a.heading])).toEqual([
      ["Befolkningsvekst", "Attraktivitet"],
      ["Kompetanse og næringsutvikling", "Utvikling"],
      ["Profilering og markedsføring", "Synliggjøring"],
      ["Diskusjonsarena", "Samarbeid"],
    ]);
    const subThemes = top.map((t) => areas.filter((a) => a.parentId === t.id).map((a) => a.title));
    expect(subThemes).toEqual([
      ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"],
      ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"],
      ["Identitet", "Tiltrekningskraft", "Kommunikasjon"],
      ["Felles mål", "Felles innsats", "Større region"],
    ]);
    const programme = await db.selectFrom("programme").selectAll()
      .where("id", "=", DEMO_IDS.programmes.hamarregionen).executeTakeFirstOrThrow();
    expect(programme).toMatchObject({ title: "Handlingsprogram 2022–2023", status: "adopted", published: true });
    const decision = await db.selectFrom("decision").select("adoptsProgrammeId")
      .where("id", "=", programme.adoptedDecisionId!).executeTakeFirstOrThrow();
    expect(decision.adoptsProgrammeId).toBe(programme.id);
  });

  it("splits Regional ladestruktur into one part per member municipality", async () => {
    const parts = await db.selectFrom("measurePart").select("municipalityId")
      .where("measureId", "=", DEMO_IDS.measures.regionalLadestruktur).execute();
    expect(parts.map((p) => p.municipalityId).sort()).toEqual(
      [DEMO_IDS.municipalities.hamar, DEMO_IDS.municipalities.ringsaker, DEMO_IDS.municipalities.loten,
        DEMO_IDS.municipalities.stange].sort());
  });

  it("links the council's decisions to what they concern, each of them its own council's", async () => {
    const about = await listDecisionsAbout(db, { kind: "measure", id: DEMO_IDS.measures.regionalLadestruktur });
    expect(about.map((decision) => decision.caseNumber)).toEqual(["13/22", "31/23"]);
    const links = await db.selectFrom("decisionLink")
      .innerJoin("decision", "decision.id", "decisionLink.decisionId")
      .innerJoin("agendaItem", "agendaItem.id", "decision.agendaItemId")
      .innerJoin("meeting", "meeting.id", "agendaItem.meetingId")
      .select(["meeting.councilId", "decisionLink.programmeId", "decisionLink.measureId", "decisionLink.agreementId"]).execute();
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) {
      const target = link.programmeId ? { kind: "programme" as const, id: link.programmeId }
        : link.measureId ? { kind: "measure" as const, id: link.measureId } : { kind: "agreement" as const, id: link.agreementId! };
      const [owner] = await listLinkTargetOwners(db, [target]);
      expect(owner?.ownerIds).toContain(link.councilId);
    }
  });

  it("budgets Elverum Vekst's NOK 5 million over five years as external money", async () => {
    const lines = await db.selectFrom("budgetLine").select(["fundingSource", db.fn.sum<number>("amountMinor").as("total")])
      .where("measureId", "=", DEMO_IDS.measures.elverumHelseBeredskap).groupBy("fundingSource").orderBy("fundingSource").execute();
    expect(lines.map((line) => [line.fundingSource, Number(line.total)])).toEqual([["external", 500_000_000]]);
  });

  it("splits every report's spending by funding source, its total kept by the database", async () => {
    const reports = await db.selectFrom("statusReport")
      .leftJoin("statusReportSpending", "statusReportSpending.reportId", "statusReport.id")
      .select(["statusReport.id", "statusReport.spentMinor", db.fn.coalesce(db.fn.sum<number>("statusReportSpending.amountMinor"), sql.lit(0)).as("lines")])
      .groupBy(["statusReport.id", "statusReport.spentMinor"]).execute();
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.filter((report) => Number(report.spentMinor) !== Number(report.lines))).toEqual([]);
    const elverum = await db.selectFrom("statusReportSpending").innerJoin("statusReport", "statusReport.id", "statusReportSpending.reportId")
      .select(["statusReportSpending.fundingSource", "statusReportSpending.amountMinor"])
      .where("statusReport.measureId", "=", DEMO_IDS.measures.elverumHelseBeredskap).where("statusReport.workflowStatus", "=", "approved")
      .orderBy("statusReportSpending.fundingSource").execute();
    expect(elverum.map((line) => [line.fundingSource, Number(line.amountMinor)])).toEqual([
      ["county_partnership_funds", 30_000_000], ["external", 65_000_000],
    ]);
  });

  it("has members report by 31 January and the annual report due at the county by 1 March, 2022's written and signed", async () => {
    const period = await db.selectFrom("reportingPeriod").select(["id", "deadline"])
      .where("councilId", "=", DEMO_IDS.councils.hamarregionen).where("name", "=", "2022").executeTakeFirstOrThrow();
    expect(period.deadline).toBe("2023-01-31");
    const requirement = await db.selectFrom("reportingRequirement")
      .innerJoin("partnershipAgreement", "partnershipAgreement.id", "reportingRequirement.agreementId")
      .innerJoin("agreementParty", "agreementParty.agreementId", "partnershipAgreement.id")
      .select(["reportingRequirement.dueDate", "partnershipAgreement.id as agreementId"])
      .where("agreementParty.organisationId", "=", DEMO_IDS.councils.hamarregionen).where("reportingRequirement.title", "=", "Årsrapport 2022")
      .executeTakeFirstOrThrow();
    expect(requirement.dueDate).toBe("2023-03-01");
    const text = await db.selectFrom("annualReportText").select(["signatoryName", "signedOn"])
      .where("agreementId", "=", requirement.agreementId).where("periodId", "=", period.id).executeTakeFirstOrThrow();
    expect(text).toEqual({ signatoryName: "Tore Eksempel", signedOn: "2023-02-20" });
  });

  it("binds Elverum's population to SSB 07459 and Vimmerby's inhabitants to Kolada N01951", async () => {
    const bound = await db.selectFrom("indicator").select(["name", "source", "sourceRef"]).where("source", "<>", "manual").orderBy("name").execute();
    const bindings = bound.map((indicator) => [indicator.name, sourceBindingOf(indicator)]);
    expect(bindings).toContainEqual(["Folketall 1. januar", expect.objectContaining({
      source: "ssb", table: "07459", contentsCode: "Personer1", regions: [{ municipalityId: DEMO_IDS.municipalities.elverum, codes: ["3420"] }],
    })]);
    expect(bindings).toContainEqual(["Invånare totalt, antal", expect.objectContaining({
      source: "kolada", kpi: "N01951", regions: [{ municipalityId: null, codes: ["0884"] }],
    })]);
    expect(bindings.every(([, binding]) => binding !== null)).toBe(true);
  });

  it("has status reports in every workflow state, and a draft for Stange in the current period", async () => {
    const states = await db.selectFrom("statusReport").select("workflowStatus").distinct().execute();
    expect(states.map((s) => s.workflowStatus).sort()).toEqual(["approved", "draft", "returned", "submitted"]);
    const stange = await db.selectFrom("statusReport").select(["workflowStatus"])
      .where("partId", "=", DEMO_IDS.measures.stangeLadestrukturPart)
      .where("periodId", "=", DEMO_IDS.periods.hamarregionenCurrent).executeTakeFirstOrThrow();
    expect(stange.workflowStatus).toBe("draft");
    const late = await db.selectFrom("statusReport").select("id")
      .where("workflowStatus", "=", "submitted").where("late", "=", true).execute();
    expect(late.length).toBeGreaterThan(0);
  });

  it("signs the demo users in with the shared password", async () => {
    const stange = await db.selectFrom("appUser").select(["passwordHash", "role", "organisationId"])
      .where("email", "=", "stange@demo.samspill.no").executeTakeFirstOrThrow();
    expect(stange).toMatchObject({ role: "municipality_contributor", organisationId: DEMO_IDS.municipalities.stange });
    expect(await argon2.verify(stange.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(first.users).toBe(DEMO_USERS.length);
  });

  it("changes nothing when loaded a second time", async () => {
    const before = await rowCounts();
    const programmes = await db.selectFrom("programme").select(["id", "status", "version", "updatedAt"]).orderBy("id").execute();
    const second = await loadDemoData(db);
    expect(second.rowsWritten).toBe(0);
    expect(second.usersCreated).toBe(0);
    expect(await rowCounts()).toEqual(before);
    expect(await db.selectFrom("programme").select(["id", "status", "version", "updatedAt"]).orderBy("id").execute())
      .toEqual(programmes);
  });
});
