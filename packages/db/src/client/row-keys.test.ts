import { CamelCasePlugin, type UnknownRow } from "kysely";
import { describe, expect, it } from "vitest";
import { RowKeysPlugin } from "./row-keys.js";

// Both plugins' `transformResult` on the same rows: ours must rename exactly as Kysely's does.
async function renamed(plugin: CamelCasePlugin, rows: UnknownRow[]): Promise<unknown> {
  const { rows: out } = await plugin.transformResult({ queryId: { queryId: "q" }, result: { rows } });
  return out;
}

describe("renaming a row's columns", () => {
  it("gives what Kysely's camel-case plugin gives, nested JSON, arrays, dates and bytes included", async () => {
    const rows = (): UnknownRow[] => [
      {
        measure_id: "m1", period_end: "2026-12-31", amount_minor: 1200, ended_at: null, created_at: new Date("2026-01-02T03:04:05Z"),
        logo_bytes: Buffer.from("png"), ids: ["a", "b"], tags: [],
        parties: [{ organisation_id: "o1", kind: "county", nested_list: [{ deep_key: 1 }] }, "plain", 3],
        owner: { place_name: "Hamar", county_id: null, inner: { last_seen_at: "x" } },
        already_camel: true, alreadyCamel2: false, with_digit2: 1,
      },
      { measure_id: "m2", period_end: null, parties: null, owner: Object.assign(Object.create(null) as object, { no_prototype: 1 }) },
    ];
    expect(await renamed(new RowKeysPlugin(), rows())).toEqual(await renamed(new CamelCasePlugin(), rows()));
  });

  it("keeps a value that is not a plain object as it is", async () => {
    const created = new Date("2026-01-02T03:04:05Z");
    const [row] = (await renamed(new RowKeysPlugin(), [{ created_at: created }])) as UnknownRow[];
    expect(row?.createdAt).toBe(created);
  });
});
