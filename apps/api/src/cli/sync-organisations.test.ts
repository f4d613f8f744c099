import { findOrganisationByCode, listAuditEvents, syncOfficialOrganisations, type Db } from "@samspill/db";
import { openIsolatedDb, type IsolatedDb } from "@samspill/db/testing";
import { readReferenceLists, type CodeEntry, type OfficialList } from "@samspill/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSync, SYNC_REQUEST_ID, syncOrganisationsCommand } from "./sync-organisations.js";

// The official lists hold real, open-ended codes: they get a database of their own.
let isolated: IsolatedDb;
let db: Db;
beforeAll(async () => {
  isolated = await openIsolatedDb("samspill_cli_sync");
  db = isolated.db;
});
afterAll(() => isolated?.drop());

const lists = readReferenceLists().official;

/** Norway's list as it stood on 2023-06-30, before the 2024 reform. */
function before2024(list: OfficialList): OfficialList {
  const cut = (entries: CodeEntry[]) => entries.filter((e) => e.validFrom <= "2023-06-30").map((e) => ({ ...e, validTo: null }));
  return { ...list, date: "2023-06-30", counties: cut(list.counties), municipalities: cut(list.municipalities), changes: [] };
}

const count = async () => Number((await db.selectFrom("organisation").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("cli sync-organisations", () => {
  it("shows in a dry run what it would do and writes nothing", async () => {
    const result = await syncOrganisationsCommand(db, { countries: ["NO"], dryRun: true });
    expect(result.results[0]?.report.created).toHaveLength(18 + 471);
    expect(describeSync(result)).toMatch(/^NO: lists from 2020-01-01, valid on 2025-12-31 \(Statistisk sentralbyrå/);
    expect(describeSync(result)).toMatch(/Dry run: nothing was written\.$/);
    expect(await count()).toBe(0);
  });

  it("ends the installation's Viken-era municipalities with their successors named, and records itself in the audit log", async () => {
    await syncOfficialOrganisations(db, before2024(lists.NO));
    const eidsvoll = await findOrganisationByCode(db, { country: "NO", code: "3035", on: "2022-06-30" });

    const result = await syncOrganisationsCommand(db, { countries: ["NO", "NO"] });
    const text = describeSync(result);
    expect(text).toContain("122 created, 117 updated, 250 unchanged");
    expect(text).toContain("~ 3035 Eidsvoll: validTo – → 2023-12-31 (continued by 3240 Eidsvoll)");
    expect(text).toContain("~ 1507 Ålesund: validTo – → 2023-12-31 (continued by 1508 Ålesund, 1580 Haram)");
    expect(text).toContain("+ 3240 Eidsvoll (municipality) 2024-01-01–");
    const events = await listAuditEvents(db, { subjectType: "organisation", subjectId: eidsvoll!.id });
    expect(events).toEqual([expect.objectContaining({ action: "organisation.updated", requestId: SYNC_REQUEST_ID, actorId: null })]);

    const again = await syncOrganisationsCommand(db, { countries: ["NO"] });
    expect(describeSync(again)).toContain("0 created, 0 updated, 489 unchanged");
  });

  it("refuses a missing or unknown country and changes nothing", async () => {
    const before = await count();
    await expect(syncOrganisationsCommand(db, { countries: [] })).rejects.toMatchObject({ code: "INVALID_INPUT", reason: "country_required" });
    await expect(syncOrganisationsCommand(db, { countries: ["NO", "DK"] })).rejects.toMatchObject({ code: "INVALID_INPUT", reason: "unknown_country", params: { country: "DK" } });
    expect(await count()).toBe(before);
  });
});
