import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { annualReportFixture } from "./document-fixtures.js";

// The secretariat writes the summary and signature of its report to the county in the portal;
// the county reads them, and they are in the Word document.

const TEXTS = {
  summary: "Ladestrukturen kom på plass i hele regionen.",
  approval: "Godkjent av rådet 15.02.2025, sak 3/25.",
  signatoryName: "Tore Eksempel",
  signatoryTitle: "Leder",
  place: "Hamar",
  signedOn: "2025-02-20",
};

async function setting() {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
  const [first, second] = world.municipalities;
  if (!first || !second) throw new Error("needs two members");
  const fixture = await annualReportFixture(world.county, world.council, [first, second]);
  const key = { agreementId: fixture.agreementId, periodId: fixture.periodId };
  return { ...world, key };
}

describe("documents.annualReportTexts and documents.saveAnnualReportTexts", () => {
  it("lets the council's secretariat write the texts at the version read, audited, and puts them in the document", async () => {
    const { council, county, key } = await setting();
    const secretariat = await signedInUser("secretariat", council.id);
    const empty = await trpcQuery("documents.annualReportTexts", key, { cookie: secretariat.cookie });
    expect(empty.body.result?.data).toMatchObject({ summary: "", version: 0, viewer: { edit: { allowed: true, reason: null } } });

    const saved = await trpcMutation("documents.saveAnnualReportTexts", { ...key, ...TEXTS, version: 0 }, { cookie: secretariat.cookie });
    expect(saved.status).toBe(200);
    expect(saved.body.result?.data).toMatchObject({ ...TEXTS, version: 1 });
    const stale = await trpcMutation("documents.saveAnnualReportTexts", { ...key, ...TEXTS, place: "Stange", version: 0 }, { cookie: secretariat.cookie });
    expect(stale.status).toBe(409);

    const official = await signedInUser("county_official", county.id);
    const read = await trpcQuery("documents.annualReportTexts", key, { cookie: official.cookie });
    expect(read.body.result?.data).toMatchObject({ ...TEXTS, version: 1, viewer: { edit: { allowed: false, reason: "role_not_allowed" } } });
    const refused = await trpcMutation("documents.saveAnnualReportTexts", { ...key, ...TEXTS, version: 1 }, { cookie: official.cookie });
    expect(refused.status).toBe(403);

    const events = await (await getTestDb()).selectFrom("auditEvent").select(["action", "organisationId"])
      .where("subjectId", "=", key.agreementId).where("action", "=", "agreement.annual_report_texts_saved").execute();
    expect(events).toEqual([{ action: "agreement.annual_report_texts_saved", organisationId: council.id }]);

    const file = await trpcQuery("documents.annualReport", key, { cookie: official.cookie });
    const bytes = Buffer.from((file.body.result?.data as { base64: string }).base64, "base64");
    const xml = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
    for (const text of [TEXTS.summary, TEXTS.approval, "Hamar, 20.02.2025", TEXTS.signatoryName]) expect(xml).toContain(text);
  });

  it("names the field that is too long, and changes nothing", async () => {
    const { council, key } = await setting();
    const secretariat = await signedInUser("secretariat", council.id);
    const { status, body } = await trpcMutation(
      "documents.saveAnnualReportTexts", { ...key, ...TEXTS, place: "x".repeat(101), version: 0 }, { cookie: secretariat.cookie },
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body.error?.data)).toContain("place");
    const after = await trpcQuery("documents.annualReportTexts", key, { cookie: secretariat.cookie });
    expect(after.body.result?.data).toMatchObject({ version: 0 });
  });
});
