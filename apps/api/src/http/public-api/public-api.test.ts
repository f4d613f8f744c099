import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import { publishedCouncil } from "../../modules/public/public-fixtures.js";
import { getTestApp } from "../../testing/harness.js";

// The open-data JSON API over HTTP: stable URLs, JSON 404s, caching and CORS for anyone.

async function get(url: string, headers: Record<string, string> = {}) {
  return (await getTestApp()).inject({ method: "GET", url, headers });
}

describe("GET /api/public/v1", () => {
  it("lists councils with published programmes and links to them, cacheable and open to any origin", async () => {
    const { council, slug } = await publishedCouncil();
    const unpublishedOnly = await createOrganisation(await getTestDb(), { kind: "regional_council" });
    const response = await get("/api/public/v1/councils", { origin: "https://data.example.org" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["cache-control"]).toBe("public, max-age=300");
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const body = response.json<{ apiVersion: string; councils: Array<{ id: string; links: { programmes: string } }> }>();
    expect(body.apiVersion).toBe("1");
    expect(body.councils).toContainEqual(expect.objectContaining({
      id: council.id, name: council.name, slug, kind: "regional_council", country: "NO", programmeCount: 1,
      links: { programmes: `/api/public/v1/councils/${slug}/programmes` },
    }));
    expect(body.councils.map((item) => item.id)).not.toContain(unpublishedOnly.id);
  });

  it("answers 404 as JSON for an unknown council, programme or malformed id, still with CORS", async () => {
    for (const url of [
      "/api/public/v1/councils/finnes-ikke/programmes",
      `/api/public/v1/programmes/${randomUUID()}`,
      "/api/public/v1/programmes/not-a-uuid",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
      expect(response.headers["access-control-allow-origin"]).toBe("*");
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  });

  it("addresses an owner without a slug by its id, and answers a preflight", async () => {
    const { council } = await publishedCouncil();
    const byId = await get(`/api/public/v1/councils/${council.id}/programmes`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json<{ council: { id: string } }>().council.id).toBe(council.id);
    const preflight = await (await getTestApp()).inject({ method: "OPTIONS", url: "/api/public/v1/councils" });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  });

  it("is read-only: writes are not routes", async () => {
    const response = await (await getTestApp()).inject({
      method: "POST", url: "/api/public/v1/councils", headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, payload: "{}",
    });
    expect(response.statusCode).toBe(404);
  });
});
