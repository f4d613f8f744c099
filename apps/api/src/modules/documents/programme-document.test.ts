import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { createCouncilWithMembers, getTestDb } from "@samspill/db/testing";
import { getTestApp, signedInUser, trpcQuery } from "../../testing/harness.js";
import { SEED_004_AREAS, seed004Programme } from "./document-fixtures.js";

// documents.programme through tRPC and as a download from GET /api/files: the Word document of
// a programme in its owner's language, for whoever may read the programme.

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function documentXml(bytes: Uint8Array | Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

async function download(programmeId: string, cookie?: string) {
  const app = await getTestApp();
  return app.inject({
    method: "GET",
    url: `/api/files/documents.programme?input=${encodeURIComponent(JSON.stringify({ programmeId }))}`,
    headers: cookie ? { cookie } : {},
  });
}

async function hamarregionen(options: { adopted?: boolean; published?: boolean } = {}) {
  const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 2 });
  const programme = await seed004Programme(world.council, world.municipalities, options);
  return { ...world, ...programme };
}

describe("documents.programme", () => {
  it("gives the secretariat the programme with its four focus areas, sub-themes and the parts' contacts", async () => {
    const fixture = await hamarregionen();
    const { cookie } = await signedInUser("secretariat", fixture.council.id);
    const { status, body } = await trpcQuery("documents.programme", { programmeId: fixture.programmeId }, { cookie });
    expect(status, JSON.stringify(body.error?.data)).toBe(200);
    const file = body.result?.data as { fileName: string; contentType: string; base64: string };
    expect(file).toMatchObject({ fileName: `${fixture.title}.docx`, contentType: DOCX });
    const xml = await documentXml(Buffer.from(file.base64, "base64"));
    for (const area of SEED_004_AREAS) {
      expect(xml).toContain(`>${area.title}<`);
      expect(xml).toContain(`>${area.heading}<`);
      for (const theme of area.subThemes) expect(xml).toContain(`>${theme}<`);
    }
    expect(xml).toContain("Innlandets foretrukne bo- og arbeidsregion");
    expect(xml).toContain("Regional ladestruktur");
    expect(xml).toContain("Ola Nordmann");
    expect(xml).toContain("Kari Nordmann, daglig leder");
    expect(xml).toContain("Ikke vedtatt ennå");
  });

  it("downloads a published programme for the public as an attachment, without the names of people", async () => {
    const fixture = await hamarregionen({ adopted: true, published: true });
    const response = await download(fixture.programmeId);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(DOCX);
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="${fixture.title.normalize("NFKD").replace(/[\u2010-\u2015]/g, "-").replace(/[^\x20-\x7e]/g, "")}.docx"; ` +
        `filename*=UTF-8''${encodeURIComponent(`${fixture.title}.docx`)}`,
    );
    expect(response.headers["cache-control"]).toBe("private, no-store");
    const xml = await documentXml(response.rawPayload);
    expect(xml).toContain("Befolkningsvekst");
    expect(xml).toContain("Vedtatt av");
    expect(xml).not.toContain("Ola Nordmann");
    expect(xml).not.toContain("Kari Nordmann");
  });

  it("refuses a draft to the public and every programme to strangers with NOT_FOUND", async () => {
    const draft = await hamarregionen();
    const anonymous = await download(draft.programmeId);
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    const stranger = await createCouncilWithMembers(await getTestDb(), { memberCount: 0 });
    const { cookie } = await signedInUser("secretariat", stranger.council.id);
    expect((await download(draft.programmeId, cookie)).statusCode).toBe(404);
    const county = await signedInUser("county_official", draft.county.id);
    expect((await download(draft.programmeId, county.cookie)).statusCode).toBe(200);
    expect((await download("00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });

  it("answers bad input with 400, never a 500", async () => {
    const app = await getTestApp();
    for (const input of ["{", JSON.stringify({ programmeId: "not-a-uuid" }), JSON.stringify({ id: "x" })]) {
      const response = await app.inject({ method: "GET", url: `/api/files/documents.programme?input=${encodeURIComponent(input)}` });
      expect(response.statusCode, input).toBe(400);
    }
  });

  it("writes a Swedish municipality's plan in Swedish with SEK", async () => {
    const world = await createCouncilWithMembers(await getTestDb(), { memberCount: 1, country: "SE" });
    const fixture = await seed004Programme(world.council, world.municipalities);
    const { cookie } = await signedInUser("secretariat", world.council.id);
    const response = await download(fixture.programmeId, cookie);
    const xml = await documentXml(response.rawPayload);
    expect(xml).toContain(">Handlingsplan<");
    expect(xml).toContain(">Åtgärder<");
    expect(xml).toContain(">Kommun<");
    expect(xml).toMatch(/400\u00a0000\s?kr/);
    expect(xml).not.toContain(">Tiltak<");
    const styles = await (await JSZip.loadAsync(response.rawPayload)).file("word/styles.xml")?.async("string");
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
  });
});
