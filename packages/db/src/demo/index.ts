import type { Kysely } from "kysely";
import type { Database } from "../client/database.js";
import { loadAgreements } from "./agreements.js";
import { loadGardermoregionen } from "./gardermoregionen.js";
import { loadHamarregionen } from "./hamarregionen.js";
import { PROGRAMMES, councilId, measureId, orgId, partId, periodId, programmeId } from "./ids.js";
import type { DemoContext } from "./insert.js";
import { loadDecisionLinks, loadMeetings } from "./meetings.js";
import { loadReferenceData } from "./reference-data.js";
import { loadReporting } from "./reporting.js";
import { loadSorOsterdal } from "./sor-osterdal.js";
import { loadUsers, type HashPassword } from "./users.js";
import { loadVimmerby } from "./vimmerby.js";

export { DEMO_PASSWORD, DEMO_USERS, hashDemoPassword, type DemoUser } from "./users.js";
export { demoId, orgId, councilId, partnerId, programmeId, measureId, partId, periodId, PROGRAMMES } from "./ids.js";

export interface LoadDemoOptions {
  /** Hashes the demo password; defaults to argon2id (memoryCost 19456, timeCost 2, parallelism 1). */
  hashPassword?: HashPassword;
}

/** Totals in the database after the load, and how much this run wrote (0 on a rerun). */
export interface DemoSummary {
  rowsWritten: number;
  usersCreated: number;
  organisations: number;
  counties: number;
  municipalities: number;
  councils: number;
  partners: number;
  programmes: number;
  measures: number;
  statusReports: number;
  agreements: number;
  users: number;
}

/** Ids the API, web and tests use to find the walkthroughs' objects. */
export const DEMO_IDS = {
  councils: {
    hamarregionen: councilId("hamarregionen"),
    sorOsterdal: councilId("sor-osterdal"),
    gardermoregionen: councilId("gardermoregionen"),
  },
  counties: { innlandet: orgId("NO", "34"), akershus: orgId("NO", "32"), kalmar: orgId("SE", "08") },
  municipalities: {
    hamar: orgId("NO", "3403"), ringsaker: orgId("NO", "3411"), loten: orgId("NO", "3412"),
    stange: orgId("NO", "3413"), elverum: orgId("NO", "3420"), eidsvoll: orgId("NO", "3240"),
    vimmerby: orgId("SE", "0884"),
  },
  programmes: {
    hamarregionen: programmeId(PROGRAMMES.hamarregionen),
    sorOsterdal: programmeId(PROGRAMMES.sorOsterdal),
    gardermoregionen: programmeId(PROGRAMMES.gardermoregionen),
    vimmerby: programmeId(PROGRAMMES.vimmerby),
  },
  measures: {
    regionalLadestruktur: measureId("hamar:ladestruktur"),
    stangeLadestrukturPart: partId("hamar:ladestruktur", "3413"),
    hamarLadestrukturPart: partId("hamar:ladestruktur", "3403"),
    stangeLocal: measureId("stange:unge-i-arbeid"),
    hamarLocal: measureId("hamar:vertskap"),
    elverumHelseBeredskap: measureId("elverum:helse-beredskap"),
  },
  periods: {
    hamarregionen2022: periodId("hamarregionen", "2022"),
    hamarregionen2023: periodId("hamarregionen", "2023"),
    hamarregionenCurrent: periodId("hamarregionen", "T3 2026"),
  },
} as const;

/**
 * Loads the demo data: reference lists (all Norwegian and Swedish counties and municipalities,
 * the Innlandet councils and Gardermoregionen), the five seed walkthroughs, agreements,
 * reporting and users. Idempotent: every row has a deterministic id and is only inserted when
 * missing, all in one transaction, so a second run changes nothing.
 */
export async function loadDemoData(db: Kysely<Database>, options: LoadDemoOptions = {}): Promise<DemoSummary> {
  const { rowsWritten, usersCreated } = await db.transaction().execute(async (trx) => {
    const ctx: DemoContext = { db: trx, inserted: 0 };
    await loadReferenceData(ctx);
    const usersCreated = await loadUsers(ctx, options.hashPassword);
    await loadHamarregionen(ctx);
    await loadSorOsterdal(ctx);
    await loadGardermoregionen(ctx);
    await loadVimmerby(ctx);
    await loadMeetings(ctx);
    await loadAgreements(ctx);
    await loadDecisionLinks(ctx);
    await loadReporting(ctx);
    return { rowsWritten: ctx.inserted, usersCreated };
  });
  return { rowsWritten, usersCreated, ...(await countDemo(db)) };
}

async function countDemo(db: Kysely<Database>): Promise<Omit<DemoSummary, "rowsWritten" | "usersCreated">> {
  const kinds = await db.selectFrom("organisation").select(["kind", db.fn.countAll<number>().as("n")])
    .where((eb) => eb.or([eb("validTo", "is", null), eb("validTo", ">=", "2024-01-01")]))
    .groupBy("kind").execute();
  const kind = (k: string) => Number(kinds.find((row) => row.kind === k)?.n ?? 0);
  const count = async (table: "organisation" | "programme" | "measure" | "statusReport" | "partnershipAgreement" | "appUser") =>
    Number((await db.selectFrom(table).select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  return {
    organisations: await count("organisation"),
    counties: kind("county"),
    municipalities: kind("municipality"),
    councils: kind("regional_council"),
    partners: kind("partner"),
    programmes: await count("programme"),
    measures: await count("measure"),
    statusReports: await count("statusReport"),
    agreements: await count("partnershipAgreement"),
    users: await count("appUser"),
  };
}
