import { describe, expect, it } from "vitest";
import { getTestApp, trpcQuery } from "../testing/harness.js";

describe("HTTP server", () => {
  it("reports a healthy database", async () => {
    const app = await getTestApp();
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("sets security headers with a strict content security policy", async () => {
    const app = await getTestApp();
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers bad input with the field path and never a stack trace", async () => {
    const { status, body } = await trpcQuery("programmes.get", { id: "not-a-uuid", extra: 1 });
    expect(status).toBe(400);
    expect(body.error?.data.domainCode).toBe("INVALID_INPUT");
    const paths = body.error?.data.issues?.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["id"]));
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:\d+/);
    expect(body.error?.data.requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it("answers an unknown procedure with 404", async () => {
    const { status } = await trpcQuery("nothing.here");
    expect(status).toBe(404);
  });
});

describe("errors outside procedures", () => {
  it("answers a body over the limit with 413 and a code, not the parser's message", async () => {
    const app = await getTestApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signIn",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      payload: JSON.stringify({ email: "a@b.no", password: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", requestId: expect.any(String) } });
  });

  it("answers malformed JSON with 400 and no parser details", async () => {
    const app = await getTestApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.signIn",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      payload: "{\"email\": ",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/Unexpected|JSON\.parse|at /);
  });
});
