import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb, uniqueCodeSpace, uniqueName } from "@samspill/db/testing";
import { signedInUser, trpcMutation } from "../../testing/harness.js";

interface OrganisationOut {
  id: string;
  code: string | null;
  version: number;
}

async function admin() {
  const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
  return signedInUser("admin", partner.id);
}

/**
 * A county with a fresh two-digit code, valid only in a far-future year no other test uses:
 * bounded validity keeps codes from overlapping other runs' rows on a shared server.
 */
async function countyIn(country: "NO" | "SE", cookie: string) {
  const { year } = uniqueCodeSpace();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const code = String(10 + Math.floor(Math.random() * 89));
    const { status, body } = await trpcMutation(
      "organisations.create",
      { kind: "county", country, code, name: uniqueName("County"), languageForm: country === "SE" ? "sv" : "nb", validFrom: `${year}-01-01`, validTo: `${year + 1}-12-31` },
      { cookie },
    );
    if (status === 200) return { county: body.result?.data as OrganisationOut, code, year };
  }
  throw new Error("no free county code");
}

describe("organisations.create", () => {
  it("creates a Norwegian kommune whose number starts with its county's, and records the audit event", async () => {
    const { cookie } = await admin();
    // Another test's open-ended kommune may hold the number; then a county with another code is taken.
    const attempt = async () => {
      const { county, code, year } = await countyIn("NO", cookie);
      const created = await trpcMutation(
        "organisations.create",
        { kind: "municipality", country: "NO", code: `${code}03`, name: uniqueName("Hamar"), languageForm: "nb", countyId: county.id, validFrom: `${year}-01-01`, validTo: `${year}-12-31` },
        { cookie },
      );
      return { ...created, code };
    };
    let result = await attempt();
    for (let again = 0; again < 5 && result.status === 409; again++) result = await attempt();
    const { status, body, code } = result;
    expect(status).toBe(200);
    const created = body.result?.data as OrganisationOut;
    expect(created).toMatchObject({ code: `${code}03`, version: 1 });
    const db = await getTestDb();
    const events = await db.selectFrom("auditEvent").selectAll().where("subjectId", "=", created.id).execute();
    expect(events.map((event) => event.action)).toEqual(["organisation.created"]);
  });

  it("creates a Swedish kommun (0884 Vimmerby style) under its län", async () => {
    const { cookie } = await admin();
    const { county, code, year } = await countyIn("SE", cookie);
    const { status, body } = await trpcMutation(
      "organisations.create",
      { kind: "municipality", country: "SE", code: `${code}84`, name: uniqueName("Vimmerby kommun"), languageForm: "sv", countyId: county.id, validFrom: `${year}-01-01`, validTo: `${year}-12-31` },
      { cookie },
    );
    expect(status).toBe(200);
    expect((body.result?.data as OrganisationOut).code).toBe(`${code}84`);
  });

  it("refuses codes that break the country's numbering, with the domain's reason", async () => {
    const { cookie } = await admin();
    const { county, code, year } = await countyIn("SE", cookie);
    const call = (input: Record<string, unknown>) =>
      trpcMutation("organisations.create", { country: "SE", name: uniqueName("Org"), languageForm: "sv", validFrom: `${year}-01-01`, validTo: `${year}-12-31`, ...input }, { cookie });

    const unknownCounty = await call({ kind: "municipality", code: code === "99" ? "9801" : "9901" });
    expect(unknownCounty.status).toBe(400);
    expect(unknownCounty.body.error?.data.reason).toBe("unknown_county_code");
    const countyWithFourDigits = await call({ kind: "county", code: `${code}01` });
    expect(countyWithFourDigits.body.error?.data.reason).toBe("county_code_format");
    const councilWithCode = await call({ kind: "regional_council", code: `${code}01` });
    expect(councilWithCode.body.error?.data.reason).toBe("code_not_applicable");
    const missing = await call({ kind: "municipality", countyId: county.id });
    expect(missing.body.error?.data.reason).toBe("code_required");
    const languageOfNorway = await call({ kind: "partner", languageForm: "nb" });
    expect(languageOfNorway.body.error?.data.issues?.map((issue) => issue.path)).toEqual(["languageForm"]);
  });

  it("refuses a code another organisation holds in an overlapping period, and allows it after a reform", async () => {
    const { cookie } = await admin();
    const { county, code, year } = await countyIn("NO", cookie);
    const base = { kind: "municipality", country: "NO", code: `${code}35`, languageForm: "nb", countyId: county.id };
    const first = await trpcMutation(
      "organisations.create",
      { ...base, name: uniqueName("Eidsvoll"), validFrom: `${year}-01-01`, validTo: `${year}-12-31` },
      { cookie },
    );
    expect(first.status).toBe(200);
    const clash = await trpcMutation("organisations.create", { ...base, name: uniqueName("Eidsvoll"), validFrom: `${year}-06-01` }, { cookie });
    expect(clash.status).toBe(409);
    expect(clash.body.error?.data).toMatchObject({ domainCode: "CONFLICT", reason: "organisation_code_taken" });
    const reused = await trpcMutation("organisations.create", { ...base, name: uniqueName("Eidsvoll"), validFrom: `${year + 1}-01-01`, validTo: `${year + 1}-12-31` }, { cookie });
    expect(reused.status).toBe(200);
  });

  it("is the admin's alone", async () => {
    const secretariat = await signedInUser("secretariat", (await createOrganisation(await getTestDb(), { kind: "regional_council" })).id);
    const { status, body } = await trpcMutation(
      "organisations.create",
      { kind: "partner", country: "NO", name: uniqueName("NHO"), languageForm: "nb" },
      { cookie: secretariat.cookie },
    );
    expect(status).toBe(403);
    expect(body.error?.data.reason).toBe("admin_only");
  });
});

describe("organisations.update", () => {
  it("renames at the version read, logs before and after, and refuses a stale version with the current one", async () => {
    const { cookie } = await admin();
    const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
    const name = uniqueName("Innlandet næringsforening");
    const updated = await trpcMutation("organisations.update", { id: partner.id, version: 1, name }, { cookie });
    expect(updated.status).toBe(200);
    expect(updated.body.result?.data).toMatchObject({ name, version: 2 });
    const stale = await trpcMutation("organisations.update", { id: partner.id, version: 1, name: "Again" }, { cookie });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.data.params).toMatchObject({ currentVersion: 2 });
    const db = await getTestDb();
    const event = await db.selectFrom("auditEvent").selectAll().where("subjectId", "=", partner.id).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: "organisation.updated", before: expect.objectContaining({ name: partner.name }), after: expect.objectContaining({ name }) });
  });

  it("checks the merged period is ordered", async () => {
    const { cookie } = await admin();
    const partner = await createOrganisation(await getTestDb(), { kind: "partner", validFrom: "2024-01-01" });
    const { status, body } = await trpcMutation("organisations.update", { id: partner.id, version: 1, validTo: "2023-12-31" }, { cookie });
    expect(status).toBe(400);
    expect(body.error?.data.reason).toBe("range_not_ordered");
  });
});
