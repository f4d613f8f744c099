import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildTestApp } from "../testing/harness.js";

// The built web app as the build leaves it: each text file with its .br and .gz beside it.
async function builtApp(): Promise<string> {
  const dist = await mkdtemp(path.join(tmpdir(), "samspill-web-"));
  await mkdir(path.join(dist, "assets"));
  const files = {
    "index.html": "<!doctype html><title>Samspill</title><script type=module src=/assets/app-abc123.js></script>",
    "assets/app-abc123.js": `console.log(${JSON.stringify("Samspill ".repeat(500))});`,
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dist, name);
    await writeFile(file, text);
    await writeFile(`${file}.br`, brotliCompressSync(text));
    await writeFile(`${file}.gz`, gzipSync(text));
  }
  return dist;
}

describe("the web app's files", () => {
  it("are served brotli or gzip as the browser accepts, assets cached for good and pages revalidated", async () => {
    const app = await buildTestApp({ webDist: await builtApp() });
    const get = (url: string, encoding?: string) =>
      app.inject({ method: "GET", url, headers: encoding ? { "accept-encoding": encoding } : {} });

    const brotli = await get("/assets/app-abc123.js", "gzip, deflate, br");
    expect([brotli.statusCode, brotli.headers["content-encoding"], brotli.headers["cache-control"]]).toEqual([200, "br", "public, max-age=31536000, immutable"]);
    expect(brotli.rawPayload.length).toBeLessThan(1000);
    const gzip = await get("/assets/app-abc123.js", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/assets/app-abc123.js");
    expect([plain.headers["content-encoding"], plain.body.length]).toEqual([undefined, expect.any(Number)]);
    expect(plain.body.length).toBeGreaterThan(4000);

    // A client route deep-links to the page, which is asked for again on every visit.
    const page = await get("/programmes/some-id", "br");
    expect([page.statusCode, page.headers["content-type"]]).toEqual([200, expect.stringMatching(/^text\/html/)]);
    expect(page.headers["cache-control"]).toBe("no-cache");
    const index = await get("/", "br");
    expect([index.headers["content-encoding"], index.headers["cache-control"]]).toEqual(["br", "no-cache"]);
    // Revalidation is cheap: an unchanged page answers 304 to the browser's validator.
    const etag = index.headers.etag;
    expect(etag).toEqual(expect.any(String));
    const again = await app.inject({ method: "GET", url: "/", headers: { "accept-encoding": "br", "if-none-match": String(etag) } });
    expect(again.statusCode).toBe(304);
    await app.close();
  });
});
