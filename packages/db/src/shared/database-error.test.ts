import { randomUUID } from "node:crypto";
import { DomainError } from "@samspill/domain";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { insertBudgetLine } from "../measures/budget-line.repository.js";
import { insertMeasure } from "../measures/measure.repository.js";
import { insertOrganisation } from "../organisations/organisation.repository.js";
import { createMeasure, createOrganisation, createUser, getTestDb } from "../testing/index.js";
import { databaseRefusalOf, toDomainError } from "./database-error.js";
import { inTransaction } from "./transaction.js";
import { updateWithVersion } from "./update-with-version.js";

/** What a refused statement tells the client (code, reason, params) and what it keeps for the log. */
async function refusalOf(statement: Promise<unknown>) {
  const error = await statement.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, reason: error.reason, params: error.params, database: databaseRefusalOf(error) };
}

describe("database refusals become domain errors", () => {
  it("maps a check violation (negative amount) to INVALID_INPUT, the constraint kept for the log", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const negative = inTransaction(db, (trx) =>
      insertBudgetLine(trx, { measureId: measure.id, year: 2024, amountMinor: -1, currency: "NOK", fundingSource: "external" }),
    );
    expect(await refusalOf(negative)).toEqual({
      code: "INVALID_INPUT",
      reason: "invalid_value",
      params: undefined,
      database: { sqlState: "23514", constraint: "budget_line_amount_minor_check", table: "budget_line" },
    });
  });

  it("maps progress above 100 to INVALID_INPUT", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const tooFar = inTransaction(db, (trx) => updateWithVersion(trx, "measure", measure.id, measure.version, { progress: 101 }));
    expect(await refusalOf(tooFar)).toMatchObject({ code: "INVALID_INPUT", database: { constraint: "measure_progress_check" } });
  });

  it("maps an end date before the start date to INVALID_INPUT", async () => {
    const db = await getTestDb();
    const measure = await createMeasure(db);
    const backwards = inTransaction(db, (trx) =>
      insertMeasure(trx, {
        programmeId: measure.programmeId,
        ownerId: measure.ownerId,
        scope: "local",
        title: "Backwards",
        startDate: "2024-06-01",
        endDate: "2024-01-01",
      }),
    );
    expect(await refusalOf(backwards)).toMatchObject({ code: "INVALID_INPUT", database: { sqlState: "23514" } });
  });

  it("maps a missing referenced row to INVALID_INPUT", async () => {
    const db = await getTestDb();
    const orphan = inTransaction(db, (trx) =>
      insertOrganisation(trx, {
        kind: "municipality",
        country: "NO",
        name: "Orphan",
        languageForm: "nb",
        countyId: randomUUID(),
      }),
    );
    expect(await refusalOf(orphan)).toMatchObject({
      code: "INVALID_INPUT", reason: "unknown_reference", database: { constraint: "organisation_county_id_fkey" },
    });
  });

  it("maps a duplicate to CONFLICT", async () => {
    const db = await getTestDb();
    const user = await createUser(db);
    const duplicate = inTransaction(db, (trx) => createUser(trx, { email: user.email }));
    expect(await refusalOf(duplicate)).toMatchObject({
      code: "CONFLICT", reason: "already_exists", params: undefined, database: { constraint: "app_user_email_unique" },
    });
  });

  it("maps malformed values (a bad uuid, an impossible date) to INVALID_INPUT", async () => {
    const db = await getTestDb();
    const organisation = await createOrganisation(db);
    // Awaited one at a time: a second pending rejection without a handler yet would be
    // reported as unhandled.
    expect(
      await refusalOf(inTransaction(db, (trx) => trx.selectFrom("organisation").selectAll().where("id", "=", "not-a-uuid").execute())),
    ).toMatchObject({ code: "INVALID_INPUT", database: { sqlState: "22P02" } });
    expect(
      await refusalOf(inTransaction(db, (trx) =>
        updateWithVersion(trx, "organisation", organisation.id, organisation.version, { validTo: "2024-02-30" }),
      )),
    ).toMatchObject({ code: "INVALID_INPUT", database: { sqlState: "22008" } });
  });

  it("leaves errors that are not the caller's fault alone", async () => {
    const db = await getTestDb();
    const error = await sql`select * from no_such_table`.execute(db).catch((caught: unknown) => caught);
    expect(toDomainError(error)).toBe(error);
    const plain = new Error("boom");
    expect(toDomainError(plain)).toBe(plain);
    const alreadyMapped = new DomainError("CONFLICT", { params: { currentVersion: 3 } });
    expect(toDomainError(alreadyMapped)).toBe(alreadyMapped);
  });
});
