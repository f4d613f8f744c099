import { describe, expect, it } from "vitest";
import { FILE_SIZE_LIMITS } from "@samspill/documents";
import { getTestDb } from "@samspill/db/testing";
import { publishedCouncil } from "../modules/public/public-fixtures.js";
import { buildTestApp, trpcQuery } from "../testing/harness.js";

// Files are made in render threads behind the same limits, by either road (a download or a
// tRPC call): the server answers others while a document is made, and a programme past the
// Word document's size limit is refused with the limit named, before anything is rendered.

const fileUrl = (path: string, input: unknown) => `/api/files/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** A published programme with `count` measures in all, written in one statement. */
async function programmeOfMeasures(count: number) {
  const { programme, council } = await publishedCouncil();
  const db = await getTestDb();
  const more = Array.from({ length: count - 1 }, (_, index) => ({
    programmeId: programme.id, ownerId: council.id, scope: "shared" as const, title: `Tiltak ${index + 2}`,
    description: "Hver kommune bygger ut sin del av ladestrukturen.", position: index + 2,
  }));
  await db.insertInto("measure").values(more).execute();
  return programme;
}

describe("files made in render threads", () => {
  it("answers another request while a programme's Word document is being made", async () => {
    const app = await buildTestApp();
    const programme = await programmeOfMeasures(40);
    const order: string[] = [];
    const document = app.inject({ method: "GET", url: fileUrl("documents.programme", { programmeId: programme.id }) })
      .then((response) => order.push(`document ${response.statusCode}`));
    // The document's request is on its way (read, then rendering) before the light one is sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await app.inject({ method: "GET", url: "/api/health/live" }).then((response) => order.push(`health ${response.statusCode}`));
    await document;
    expect(order).toEqual(["health 200", "document 200"]);
    await app.close();
  }, 120_000);

  it("refuses a Word document of more measures than the limit, naming it, by either road", async () => {
    const app = await buildTestApp();
    const limit = FILE_SIZE_LIMITS.documentMeasures;
    const programme = await programmeOfMeasures(limit + 1);
    const download = await app.inject({ method: "GET", url: fileUrl("documents.programme", { programmeId: programme.id }) });
    expect([download.statusCode, download.json()]).toEqual([412, {
      error: { code: "INVALID_STATE", reason: "file_too_large", params: { count: limit + 1, limit, unit: "measures" }, requestId: expect.any(String) },
    }]);
    const call = await trpcQuery("documents.programme", { programmeId: programme.id }, { app });
    expect(call.status).toBe(412);
    expect(call.body.error?.data).toMatchObject({ domainCode: "INVALID_STATE", reason: "file_too_large", params: { count: limit + 1, limit } });
    await app.close();
  }, 60_000);
});
