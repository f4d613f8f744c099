import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { buildTestApp, getTestApp, signedInUser, trpcQuery } from "../testing/harness.js";
import { PERMISSIONS_POLICY } from "./hardening.js";

describe("methods the portal does not serve", () => {
  it.each(["TRACE", "PUT", "DELETE", "PATCH"] as const)("answers %s with 405 and the methods it serves, never 500", async (method) => {
    const app = await getTestApp();
    for (const url of ["/api/trpc/programmes.list", "/api/files/spreadsheets.measures", "/"]) {
      const response = await app.inject({
        method, url, headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, payload: "{}",
      });
      expect([url, response.statusCode, response.headers.allow]).toEqual([url, 405, "GET, HEAD, POST"]);
      expect(response.json()).toEqual({ error: { code: "METHOD_NOT_ALLOWED", requestId: expect.any(String) } });
    }
  });
});

describe("headers every answer carries", () => {
  it("forbids browser features no page uses", async () => {
    const app = await getTestApp();
    for (const url of ["/api/health", "/api/trpc/navigation.get", "/api/public/v1/councils"]) {
      const response = await app.inject({ method: "GET", url });
      expect([url, response.headers["permissions-policy"]]).toEqual([url, PERMISSIONS_POLICY]);
    }
    expect(PERMISSIONS_POLICY).toContain("camera=()");
    const health = await app.inject({ method: "GET", url: "/api/health" });
    expect(health.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(health.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("keeps a signed-in user's answers out of every cache, and lets the public API be cached", async () => {
    const { cookie } = await signedInUser("secretariat");
    const own = await trpcQuery("navigation.get", undefined, { cookie });
    expect(own.status).toBe(200);
    expect(own.headers["cache-control"]).toBe("no-store");
    const refused = await trpcQuery("programmes.get", { id: "not-a-uuid" }, { cookie });
    expect(refused.headers["cache-control"]).toBe("no-store");
    const app = await getTestApp();
    const published = await app.inject({ method: "GET", url: "/api/public/v1/councils" });
    expect(published.headers["cache-control"]).toBe("public, max-age=300");
  });
});

describe("a client that sends its body slowly", () => {
  const apps: Array<{ close: () => Promise<unknown> }> = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it("is cut off when the request timeout passes, and the server keeps answering others", async () => {
    const app = await buildTestApp({ requestTimeoutMs: 1_000 });
    apps.push(app);
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as AddressInfo;

    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    const closed = new Promise<"closed">((resolve) => socket.on("close", () => resolve("closed")));
    // A byte dripped after the server has answered 408 and closed may be met with a reset: that is
    // the cut-off, not a failure, and the answer received before it is what is checked.
    socket.on("error", () => undefined);
    socket.write(
      "POST /api/trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
        "Sec-Fetch-Site: same-origin\r\nContent-Length: 100000\r\n\r\n{",
    );
    // One byte every 200 ms: at that pace the body would take over five hours.
    const drip = setInterval(() => socket.writable && socket.write(" "), 200);
    const gaveUp = new Promise<"still open">((resolve) => setTimeout(() => resolve("still open"), 15_000));
    const outcome = await Promise.race([closed, gaveUp]);
    clearInterval(drip);
    socket.destroy();

    expect(outcome).toBe("closed");
    expect(Buffer.concat(received).toString("latin1")).toMatch(/^HTTP\/1\.1 408/);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  }, 30_000);
});
