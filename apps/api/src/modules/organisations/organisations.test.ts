import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb, uniqueName } from "@samspill/db/testing";
import { trpcQuery } from "../../testing/harness.js";

describe("organisations", () => {
  it("lists organisations filtered by kind and search, with the total", async () => {
    const db = await getTestDb();
    const marker = uniqueName("Fjellregion");
    await createOrganisation(db, { kind: "regional_council", name: `${marker} IPR` });
    await createOrganisation(db, { kind: "municipality", name: `${marker} kommune` });
    const { status, body } = await trpcQuery("organisations.list", { kind: "regional_council", search: marker });
    expect(status).toBe(200);
    const page = body.result?.data as { total: number; items: Array<{ name: string; kind: string }> };
    expect(page.total).toBe(1);
    expect(page.items).toEqual([expect.objectContaining({ name: `${marker} IPR`, kind: "regional_council" })]);
  });

  it("rejects an unknown kind and a page size past the limit with their field paths", async () => {
    const { status, body } = await trpcQuery("organisations.list", { kind: "castle", limit: 10_000 });
    expect(status).toBe(400);
    expect(body.error?.data.issues?.map((issue) => issue.path).sort()).toEqual(["kind", "limit"]);
  });

  it("finds an organisation by slug", async () => {
    const db = await getTestDb();
    const slug = `test-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const council = await createOrganisation(db, { kind: "regional_council", slug });
    const { body } = await trpcQuery("organisations.get", { slug });
    expect((body.result?.data as { id: string }).id).toBe(council.id);
  });
});
