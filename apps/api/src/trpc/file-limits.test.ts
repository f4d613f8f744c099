import { describe, expect, it } from "vitest";
import { publishedCouncil } from "../modules/public/public-fixtures.js";
import { buildTestApp, signedInUser } from "../testing/harness.js";
import { RenderPool } from "../files/render-pool.js";
import { FileLimits } from "./file-limits.js";

const fileUrl = (path: string, input: unknown) => `/api/files/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
// Counts are kept in the database for a minute: an address of this run's own, so a run
// repeated at once on the same server database starts from nothing.
const someAddress = () => `10.${Array.from({ length: 3 }, () => Math.floor(Math.random() * 256)).join(".")}`;

describe("files per reader", () => {
  it("lets one address ask for a published programme's Word document a few times a minute, then says when to come back", async () => {
    const app = await buildTestApp({ fileLimits: { perMinute: 3, concurrent: 2, waiting: 4 } });
    const { programme } = await publishedCouncil();
    const [reader, other] = [someAddress(), someAddress()];
    const ask = (remoteAddress: string) => app.inject({ method: "GET", url: fileUrl("documents.programme", { programmeId: programme.id }), remoteAddress });
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await ask(reader)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await ask(reader);
    expect(refused.json()).toEqual({
      error: { code: "RATE_LIMITED", reason: "too_many_files", params: { retryAfterSeconds: expect.any(Number) }, requestId: expect.any(String) },
    });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // Another reader is not held up by the first.
    expect((await ask(other)).statusCode).toBe(200);
    const { cookie } = await signedInUser("secretariat");
    const viaTrpc = await app.inject({
      method: "GET", url: `/api/trpc/documents.programme?input=${encodeURIComponent(JSON.stringify({ programmeId: programme.id }))}`,
      headers: { cookie }, remoteAddress: reader,
    });
    expect(viaTrpc.statusCode).toBe(200);
    await app.close();
  });

  it("refuses a batch that asks for a file together with other calls, before any of it runs", async () => {
    const app = await buildTestApp();
    const { programme } = await publishedCouncil();
    const input = encodeURIComponent(JSON.stringify({ 0: { programmeId: programme.id }, 1: { programmeId: programme.id } }));
    for (const paths of ["documents.programme,spreadsheets.measures", "programmes.list,documents.programme"]) {
      const response = await app.inject({ method: "GET", url: `/api/trpc/${paths}?batch=1&input=${input}` });
      expect([paths, response.statusCode, response.json()]).toEqual([
        paths, 400, { error: { code: "INVALID_INPUT", reason: "one_file_per_request", requestId: expect.any(String) } },
      ]);
    }
    await app.close();
  });
});

describe("FileLimits", () => {
  it("makes at most `concurrent` files at once, queues a few more and turns the rest away as busy", async () => {
    const limits = new FileLimits({ perMinute: 100, concurrent: 2, waiting: 2 }, new RenderPool({ size: 2, memoryMb: 256 }));
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const make = () => limits.run(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return "file";
    });
    const made = [make(), make(), make(), make()];
    await expect(make()).rejects.toMatchObject({ code: "RATE_LIMITED", reason: "files_busy" });
    while (releases.length > 0 || running > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(made)).toEqual(["file", "file", "file", "file"]);
    expect(most).toBe(2);
  });

});
