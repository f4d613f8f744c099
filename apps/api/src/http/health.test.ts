import { describe, expect, it } from "vitest";
import { buildTestApp } from "../testing/harness.js";

describe("liveness and readiness", () => {
  it("is live at once, ready only after start-up, and turns API calls away with Retry-After until then", async () => {
    const readiness = { ready: false };
    const app = await buildTestApp({ readiness });
    const status = async (url: string) => (await app.inject({ method: "GET", url })).statusCode;

    expect(await status("/api/health/live")).toBe(200);
    const starting = await app.inject({ method: "GET", url: "/api/health/ready" });
    expect([starting.statusCode, starting.json()]).toEqual([503, { status: "starting", database: "migrating" }]);
    expect(await status("/api/health")).toBe(503);
    const call = await app.inject({ method: "GET", url: "/api/trpc/programmes.list" });
    expect([call.statusCode, call.headers["retry-after"], call.json()]).toEqual([
      503, "5", { error: { code: "UNAVAILABLE", reason: "starting", requestId: expect.any(String) } },
    ]);
    expect(await status("/api/public/v1/councils")).toBe(503);

    readiness.ready = true;
    expect([await status("/api/health/ready"), await status("/api/health"), await status("/api/trpc/programmes.list")]).toEqual([200, 200, 200]);
    await app.close();
  });
});
