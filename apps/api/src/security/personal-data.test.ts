import { randomUUID } from "node:crypto";
import JSZip from "jszip";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { SECRETS, publishedCouncil } from "../modules/public/public-fixtures.js";
import { appRouter } from "../router.js";
import { getTestApp, signedInUser } from "../testing/harness.js";

// A published programme is public; the people on it are not (docs/DOMAIN.md, "Personal data"). Every
// file procedure and every road the public reads a programme by is walked as anonymous, as a
// signed-in user of an unrelated organisation and as the admin: no responsible person, no
// contact's name and no e-mail address may appear — in JSON, CSV, XLSX or Word. Those who work on
// the programme (its secretariat, its council's members) get them, so the check can fail.

const PEOPLE = [SECRETS.responsiblePerson, SECRETS.contactName, SECRETS.contactEmail];
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

type Council = Awaited<ReturnType<typeof publishedCouncil>>;

/** The input each file procedure is called with; a new file procedure without one fails the walk. */
const FILE_INPUTS: Record<string, (council: Council) => unknown> = {
  "documents.programme": (council) => ({ programmeId: council.programme.id }),
  "documents.annualReport": (council) => ({ agreementId: randomUUID(), periodId: council.report.periodId }),
  "spreadsheets.measures": (council) => ({ programmeId: council.programme.id, format: "xlsx" }),
  "spreadsheets.measureTemplate": (council) => ({ programmeId: council.programme.id }),
  "spreadsheets.reports": (council) => ({ periodId: council.report.periodId, format: "xlsx" }),
  "spreadsheets.agreements": () => ({ format: "xlsx" }),
  "spreadsheets.programmeStructure": (council) => ({ programmeId: council.programme.id }),
  "spreadsheets.programmeStructureTemplate": (council) => ({ programmeId: council.programme.id }),
};

const fileProcedures = Object.entries(appRouter._def.procedures as Record<string, { _def?: { meta?: { file?: true } } }>)
  .filter(([, procedure]) => procedure._def?.meta?.file === true)
  .map(([path]) => path);

/** Everything a reader gets from an answer, as text: a workbook's or document's XML parts unpacked. */
async function readable(body: Buffer): Promise<string> {
  if (body.subarray(0, 2).toString("latin1") !== "PK") return body.toString("utf8");
  const zip = await JSZip.loadAsync(body);
  const parts = await Promise.all(Object.values(zip.files).filter((file) => file.name.endsWith(".xml")).map((file) => file.async("string")));
  return parts.join("\n");
}

async function get(url: string, cookie: string | undefined): Promise<{ status: number; text: string }> {
  const app = await getTestApp();
  const response = await app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
  return { status: response.statusCode, text: await readable(response.rawPayload) };
}

const file = (path: string, input: unknown) => `/api/files/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
const query = (path: string, input: unknown) => `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

function readings(council: Council): Array<{ name: string; url: string }> {
  return [
    ...fileProcedures.map((path) => ({ name: path, url: file(path, FILE_INPUTS[path]?.(council)) })),
    { name: "spreadsheets.measures as CSV", url: file("spreadsheets.measures", { programmeId: council.programme.id, format: "csv" }) },
    { name: "programmes.get", url: query("programmes.get", { id: council.programme.id }) },
    { name: "measures.get", url: query("measures.get", { id: council.measure.id }) },
    { name: "measures.list", url: query("measures.list", { programmeId: council.programme.id }) },
    { name: "public.programme", url: query("public.programme", { id: council.programme.id }) },
    { name: "/api/public/v1/programmes/:id", url: `/api/public/v1/programmes/${council.programme.id}` },
  ];
}

let council: Council;
beforeAll(async () => {
  council = await publishedCouncil();
});

describe("personal data on a published programme", () => {
  it("every file procedure is walked", () => {
    expect(fileProcedures.filter((path) => !FILE_INPUTS[path])).toEqual([]);
    expect(fileProcedures.length).toBeGreaterThanOrEqual(7);
  });

  it("never reaches the public, a user of an unrelated organisation or the admin", async () => {
    const db = await getTestDb();
    const elsewhere = await createOrganisation(db, { kind: "regional_council", countyId: (await createOrganisation(db, { kind: "county" })).id });
    const readers = {
      anonymous: undefined,
      "another county's secretariat": (await signedInUser("secretariat", elsewhere.id)).cookie,
      admin: (await signedInUser("admin", (await createOrganisation(db, { kind: "partner" })).id)).cookie,
    };
    const leaks: string[] = [];
    let readable200 = 0;
    for (const [reader, cookie] of Object.entries(readers)) {
      for (const { name, url } of readings(council)) {
        const { status, text } = await get(url, cookie);
        if (status === 200) readable200 += 1;
        for (const person of PEOPLE) if (text.includes(person)) leaks.push(`${reader} read "${person}" in ${name}`);
        const address = EMAIL.exec(text)?.[0];
        if (address) leaks.push(`${reader} read the address ${address} in ${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // The walk read real answers, not only refusals: the programme, its measures and its files.
    expect(readable200).toBeGreaterThanOrEqual(3 * 8);
  });

  it("reaches those who work on the programme: its secretariat and its council's members", async () => {
    const readers = [
      (await signedInUser("secretariat", council.council.id)).cookie,
      (await signedInUser("council_member", council.council.id)).cookie,
    ];
    for (const cookie of readers) {
      const measure = await get(query("measures.get", { id: council.measure.id }), cookie);
      expect(measure.status).toBe(200);
      for (const person of PEOPLE) expect(measure.text).toContain(person);
      const workbook = await get(file("spreadsheets.measures", { programmeId: council.programme.id }), cookie);
      expect(workbook.text).toContain(SECRETS.contactEmail);
      const word = await get(file("documents.programme", { programmeId: council.programme.id }), cookie);
      expect(word.text).toContain(SECRETS.responsiblePerson);
    }
  });
});
