import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { can, isAnonymous, type Actor } from "@samspill/domain";
import { appRouter } from "../router.js";
import type { Permission } from "../trpc/permission.js";
import { signIn, trpcMutation, trpcQuery } from "../testing/harness.js";
import type { Arranged, SecurityCase } from "./security-case.js";
import { ACTOR_KEYS, getSecurityWorld } from "./security-world.js";

// Walks every procedure of the router and calls it as anonymous, as each role, and as users of
// other organisations of the same kind, comparing the answer with the domain's permission
// table. A procedure without a declared permission or without a case here fails.

const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../modules");
const cases: SecurityCase[] = [];
for (const area of readdirSync(modulesDir)) {
  const file = path.join(modulesDir, area, "security-cases.ts");
  if (!existsSync(file)) continue;
  const loaded = (await import(pathToFileURL(file).href)) as { securityCases: SecurityCase[] };
  cases.push(...loaded.securityCases);
}

interface ProcedureInfo {
  _def: { type: "query" | "mutation" | "subscription"; meta?: { permission?: Permission } };
}
const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureInfo> }).procedures);

type Expected = { allowed: true } | { allowed: false; status: 401 | 403 | 404 };

function expectedFor(permission: Permission, type: string, actor: Actor, arranged: Arranged): Expected {
  if ("public" in permission) return { allowed: true };
  if ("signedIn" in permission) return isAnonymous(actor) ? { allowed: false, status: 401 } : { allowed: true };
  if (type === "mutation" && isAnonymous(actor)) return { allowed: false, status: 401 };
  if (!arranged.resource) throw new Error("a case for a procedure with actions must name its resource");
  const decision = can(actor, arranged.action ?? permission.actions[0], arranged.resource);
  if (decision.allowed) return { allowed: true };
  if (!decision.visible) return { allowed: false, status: 404 };
  return { allowed: false, status: decision.reason === "sign_in_required" ? 401 : 403 };
}

describe("every procedure declares a permission and has a security case", () => {
  it.each(procedures.map(([name]) => name))("%s", (name) => {
    const procedure = procedures.find(([candidate]) => candidate === name)?.[1];
    expect(procedure?._def.meta?.permission, `${name} declares no permission`).toBeDefined();
    expect(cases.some((entry) => entry.path === name), `${name} has no security case`).toBe(true);
  });
});

describe.each(cases.map((entry) => [entry.path, entry] as const))("%s", (name, securityCase) => {
  const procedure = procedures.find(([candidate]) => candidate === name)?.[1];

  it.each(ACTOR_KEYS.map((key) => [key]))("as %s", async (key) => {
    expect(procedure, `no procedure ${name}`).toBeDefined();
    if (!procedure?._def.meta?.permission) return;
    const world = await getSecurityWorld();
    const { actor, email } = world.actors[key];
    const arranged = await securityCase.arrange(world);
    const cookie = arranged.freshSession && email ? await signIn(email) : world.actors[key].cookie;
    const expected = expectedFor(procedure._def.meta.permission, procedure._def.type, actor, arranged);
    const call = procedure._def.type === "mutation" ? trpcMutation : trpcQuery;
    const { status, body } = await call(name, arranged.input, { cookie });
    if (expected.allowed) {
      expect(status, `${name} as ${key} should be allowed: ${JSON.stringify(body.error?.data)}`).toBe(200);
    } else {
      expect(status, `${name} as ${key}: ${JSON.stringify(body.error?.data)}`).toBe(expected.status);
    }
  });
});
