import { readReferenceLists, type CodeEntry, type OfficialList } from "@samspill/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-db.js";
import { listAuditEvents } from "../audit/audit.repository.js";
import {
  createMeasure, createMeasurePart, createOrganisation, createReportingPeriod, createStatusReport, openIsolatedDb, type IsolatedDb,
} from "../testing/index.js";
import { findOrganisationByCode } from "./organisation.repository.js";
import { syncOfficialOrganisations } from "./sync-official-organisations.js";

// The official lists in a database of their own (their real, open-ended codes would meet the
// random codes of the run's shared database), applied as an installation would over the years.

const { NO, SE } = readReferenceLists().official;

/** The list as a refresh on `date` would have written it: nothing of what came later. */
function asOf(list: OfficialList, date: string): OfficialList {
  const cut = (entries: CodeEntry[]) => entries.filter((e) => e.validFrom <= date)
    .map((e) => (e.validTo !== null && e.validTo <= date ? e : { ...e, validTo: null }));
  return { ...list, date, counties: cut(list.counties), municipalities: cut(list.municipalities), changes: list.changes.filter((c) => c.changeOccurred <= date) };
}

let isolated: IsolatedDb;
let db: Db;
const audit = { requestId: "cli:sync-organisations" };
beforeAll(async () => {
  isolated = await openIsolatedDb("samspill_sync");
  db = isolated.db;
});
afterAll(() => isolated?.drop());

const rowsOf = () => db.selectFrom("organisation").selectAll().where("code", "is not", null).orderBy("id").execute();

describe("bringing the organisations up to date with the official lists", () => {
  it("ends the Viken-era codes on 2023-12-31 and keeps them, so a 2022 report still points at the right organisation", async () => {
    const first = await syncOfficialOrganisations(db, asOf(NO, "2023-06-30"), { audit });
    expect(first.created).toHaveLength(11 + 356);
    const viken = await findOrganisationByCode(db, { country: "NO", code: "30", on: "2023-06-30" });
    const eidsvoll2022 = await findOrganisationByCode(db, { country: "NO", code: "3035", on: "2022-06-30" });
    expect(eidsvoll2022).toMatchObject({ name: "Eidsvoll", countyId: viken?.id, validFrom: "2020-01-01", validTo: null });

    const council = await createOrganisation(db, { kind: "regional_council", countyId: viken!.id });
    const measure = await createMeasure(db, { ownerId: council.id, scope: "shared" });
    const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: eidsvoll2022!.id });
    const period = await createReportingPeriod(db, { councilId: council.id, name: "2022", periodStart: "2022-01-01", periodEnd: "2022-12-31", deadline: "2023-01-31" });
    const report = await createStatusReport(db, { measureId: measure.id, partId: part.id, periodId: period.id, organisationId: eidsvoll2022!.id });

    const second = await syncOfficialOrganisations(db, NO, { audit });
    expect(second.created.map((c) => c.code)).toEqual(expect.arrayContaining(["31", "32", "33", "39", "40", "55", "56", "3240", "1508", "1580"]));
    expect(second.created).toHaveLength(7 + 115);
    expect(second.updated.map((u) => [u.code, u.after])).toEqual(expect.arrayContaining([
      ["30", { validTo: "2023-12-31" }], ["3035", { validTo: "2023-12-31" }], ["1507", { validTo: "2023-12-31" }],
    ]));
    expect(second.updated).toHaveLength(3 + 114);

    const old = await db.selectFrom("organisation").selectAll().where("id", "=", eidsvoll2022!.id).executeTakeFirstOrThrow();
    expect(old).toMatchObject({ code: "3035", validFrom: "2020-01-01", validTo: "2023-12-31", countyId: viken!.id, version: 2 });
    expect(await findOrganisationByCode(db, { country: "NO", code: "3035", on: "2022-06-30" })).toMatchObject({ id: old.id });
    expect(await findOrganisationByCode(db, { country: "NO", code: "3035", on: "2024-06-30" })).toBeUndefined();
    const akershus = await findOrganisationByCode(db, { country: "NO", code: "32", on: "2024-06-30" });
    expect(await findOrganisationByCode(db, { country: "NO", code: "3240", on: "2024-06-30" }))
      .toMatchObject({ name: "Eidsvoll", validFrom: "2024-01-01", validTo: null, countyId: akershus?.id });
    const stored = await db.selectFrom("statusReport").innerJoin("measurePart", "measurePart.id", "statusReport.partId")
      .select(["statusReport.organisationId", "measurePart.municipalityId"]).where("statusReport.id", "=", report.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ organisationId: old.id, municipalityId: old.id });

    const events = await listAuditEvents(db, { subjectType: "organisation", subjectId: old.id });
    expect(events.map((e) => [e.action, e.requestId, e.actorId])).toEqual([
      ["organisation.created", "cli:sync-organisations", null], ["organisation.updated", "cli:sync-organisations", null],
    ]);
    expect(events[1]).toMatchObject({ before: { code: "3035", validTo: null }, after: { code: "3035", validTo: "2023-12-31" } });
  });

  it("changes nothing when the same lists are applied again", async () => {
    await syncOfficialOrganisations(db, NO, { audit });
    const before = await rowsOf();
    const events = await db.selectFrom("auditEvent").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const again = await syncOfficialOrganisations(db, NO, { audit });
    expect(again).toMatchObject({ created: [], updated: [], unlisted: [] });
    expect(again.unchanged).toBe(18 + 471);
    expect(await rowsOf()).toEqual(before);
    expect(await db.selectFrom("auditEvent").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).toEqual(events);
  });

  it("renames a code in place, keeps a name the installation chose, and never matches by name", async () => {
    const kalmar = await syncOfficialOrganisations(db, SE, { initialValues: (h) => (h.code === "08" ? { name: "Region Kalmar län" } : undefined) });
    expect(kalmar.created).toHaveLength(21 + 290);
    const vimmerby = await findOrganisationByCode(db, { country: "SE", code: "0884", on: "2024-06-30" });
    // Vimmerby takes a new name on 2026-03-01 and a new kommun 0886 gets Vimmerby's old name.
    const renamed: OfficialList = {
      ...SE, date: "2026-03-01",
      municipalities: [
        ...SE.municipalities.filter((m) => m.code !== "0884"),
        { code: "0884", name: "Vimmerby", county: "08", validFrom: "2020-01-01", validTo: "2026-02-28" },
        { code: "0884", name: "Vimmerby kommun", county: "08", validFrom: "2026-03-01", validTo: null },
        { code: "0886", name: "Vimmerby", county: "08", validFrom: "2026-03-01", validTo: null },
      ].sort((a, b) => a.code.localeCompare(b.code) || a.validFrom.localeCompare(b.validFrom)),
    };
    const report = await syncOfficialOrganisations(db, renamed, { audit });
    expect(report.updated).toEqual([expect.objectContaining({ id: vimmerby!.id, code: "0884", before: { name: "Vimmerby" }, after: { name: "Vimmerby kommun" } })]);
    expect(report.created).toEqual([expect.objectContaining({ code: "0886", name: "Vimmerby", validFrom: "2026-03-01" })]);
    expect(await findOrganisationByCode(db, { country: "SE", code: "0884", on: "2022-01-01" })).toMatchObject({ id: vimmerby!.id, name: "Vimmerby kommun", version: 2 });
    expect(await findOrganisationByCode(db, { country: "SE", code: "08", on: "2026-03-01" })).toMatchObject({ name: "Region Kalmar län" });
  });

  it("leaves alone codes the lists do not know, reports them, and refuses a code held by two rows", async () => {
    const pre2020 = await createOrganisation(db, { kind: "municipality", country: "NO", code: "0237", name: "Eidsvoll", validTo: "2019-12-31" });
    const unknown = await createOrganisation(db, { kind: "municipality", country: "NO", code: "0399", name: "Not official", validFrom: "2021-01-01" });
    const report = await syncOfficialOrganisations(db, NO, { audit });
    expect(report.unlisted.map((row) => row.id)).toEqual([unknown.id]);
    expect(report.unlisted.map((row) => row.id)).not.toContain(pre2020.id);

    await db.updateTable("organisation").set({ validTo: "2021-12-31" }).where("country", "=", "NO").where("code", "=", "3403").execute();
    await createOrganisation(db, { kind: "municipality", country: "NO", code: "3403", name: "Hamar", validFrom: "2022-01-01" });
    await expect(syncOfficialOrganisations(db, NO, { audit })).rejects.toMatchObject({ code: "CONFLICT", reason: "official_code_ambiguous" });
  });
});
