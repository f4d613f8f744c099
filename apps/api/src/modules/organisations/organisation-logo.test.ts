import { describe, expect, it } from "vitest";
import { findOrganisationLogo } from "@samspill/db";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { signedInUser, trpcMutation, trpcQuery } from "../../testing/harness.js";
import { PNG_1X1 } from "./logo-fixtures.js";

// The admin uploads and removes an organisation's logo; the file is judged by its bytes.

const JPEG_HEADER = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x32, 0x00, 0x64, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
]);

async function setUp() {
  const db = await getTestDb();
  const partner = await createOrganisation(db, { kind: "partner" });
  const council = await createOrganisation(db, { kind: "regional_council" });
  const { cookie } = await signedInUser("admin", partner.id);
  return { db, council, cookie };
}

describe("organisation logos", () => {
  it("stores a PNG with its size, reads it back, replaces it with a JPEG at the version read, and removes it — each in the audit log", async () => {
    const { db, council, cookie } = await setUp();
    const set = await trpcMutation("organisations.setLogo", { organisationId: council.id, version: 0, fileBase64: PNG_1X1 }, { cookie });
    expect(set.status).toBe(200);
    expect(set.body.result?.data).toMatchObject({ mimeType: "image/png", width: 1, height: 1, version: 1 });

    const read = await trpcQuery("organisations.logo", { organisationId: council.id });
    expect(read.body.result?.data).toMatchObject({ mimeType: "image/png", dataBase64: PNG_1X1, version: 1 });

    const jpeg = JPEG_HEADER.toString("base64");
    const replaced = await trpcMutation("organisations.setLogo", { organisationId: council.id, version: 1, fileBase64: jpeg }, { cookie });
    expect(replaced.body.result?.data).toMatchObject({ mimeType: "image/jpeg", width: 100, height: 50, version: 2 });
    const stale = await trpcMutation("organisations.setLogo", { organisationId: council.id, version: 1, fileBase64: PNG_1X1 }, { cookie });
    expect(stale.status).toBe(409);

    const removed = await trpcMutation("organisations.removeLogo", { organisationId: council.id, version: 2 }, { cookie });
    expect(removed.status).toBe(200);
    expect(await findOrganisationLogo(db, council.id)).toBeUndefined();
    expect((await trpcQuery("organisations.logo", { organisationId: council.id })).body.result?.data).toBeNull();

    const actions = (await db.selectFrom("auditEvent").select("action").where("subjectId", "=", council.id).orderBy("occurredAt").execute())
      .map((event) => event.action);
    expect(actions).toEqual(["organisation.logo_set", "organisation.logo_set", "organisation.logo_removed"]);
  });

  it("refuses what is not a PNG or JPEG whatever it claims to be, and a file past 256 KiB, naming the field", async () => {
    const { db, council, cookie } = await setUp();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString("base64");
    const gif = Buffer.from("GIF89a\u0001\u0000\u0001\u0000").toString("base64");
    for (const fileBase64 of [svg, gif]) {
      const { status, body } = await trpcMutation("organisations.setLogo", { organisationId: council.id, version: 0, fileBase64 }, { cookie });
      expect(status).toBe(400);
      expect(body.error?.data).toMatchObject({ reason: "logo_not_an_image", params: { field: "fileBase64" } });
    }
    const large = Buffer.concat([Buffer.from(PNG_1X1, "base64"), Buffer.alloc(256 * 1024)]).toString("base64");
    const tooLarge = await trpcMutation("organisations.setLogo", { organisationId: council.id, version: 0, fileBase64: large }, { cookie });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error?.data).toMatchObject({ reason: "logo_too_large" });
    expect(await findOrganisationLogo(db, council.id)).toBeUndefined();
  });
});
