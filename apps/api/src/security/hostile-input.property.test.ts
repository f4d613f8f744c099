import fc from "fast-check";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getTestDb } from "@samspill/db/testing";
import { appRouter } from "../router.js";
import { trpcMutation } from "../testing/harness.js";
import { hostileInput } from "./hostile-input.js";
import { getSecurityWorld } from "./security-world.js";

// Every mutation, fed hostile input by a signed-in secretariat (who may change the most):
// never a 5xx, input errors name their field paths, and the database stays exactly as it was.

interface ProcedureInfo {
  _def: { type: string };
}
const mutations = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureInfo> }).procedures)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  // Signing in and out are about sessions, not data; their own tests cover bad input.
  .map(([name]) => name)
  .filter((name) => !name.startsWith("auth."));

async function snapshot(): Promise<string> {
  const db = await getTestDb();
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  const counts = await Promise.all(
    tables.rows.map(async ({ name }) => {
      // Every request moves its session's last_seen_at; only sessions ending would matter.
      if (name === "session") {
        const open = await sql<{ n: number }>`select count(*)::int as n from session where ended_at is null`.execute(db);
        return `session:open:${open.rows[0]?.n}`;
      }
      const result = await sql<{ n: number; v: number }>`
        select count(*)::int as n, coalesce(sum(hashtext(t::text)), 0)::float8 as v
        from ${sql.table(name)} as t`.execute(db);
      return `${name}:${result.rows[0]?.n}:${result.rows[0]?.v}`;
    }),
  );
  return counts.join("\n");
}

describe("hostile input to every mutation", () => {
  it.each(mutations.map((name) => [name]))("%s never answers 5xx and changes nothing", async (name) => {
    const world = await getSecurityWorld();
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const { status, body } = await trpcMutation(name, input, { cookie: world.actors.secretariat.cookie });
        expect(status, JSON.stringify(body)).toBeLessThan(500);
        expect(status, `hostile input was accepted: ${JSON.stringify(input)}`).not.toBe(200);
        if (body.error?.data.domainCode === "INVALID_INPUT" && body.error.data.issues) {
          for (const issue of body.error.data.issues) expect(typeof issue.path).toBe("string");
        }
      }),
      { numRuns: 25, seed: 20261124 },
    );
    expect(await snapshot()).toBe(before);
  });

  it("names the field path of a bad field", async () => {
    const world = await getSecurityWorld();
    const { status, body } = await trpcMutation(
      "users.endSessions",
      { userId: "'; DROP TABLE app_user; --" },
      { cookie: world.actors.admin.cookie },
    );
    expect(status).toBe(400);
    expect(body.error?.data.issues?.map((issue) => issue.path)).toEqual(["userId"]);
  });
});
