import argon2 from "argon2";
import type { Role, UiLanguage } from "@samspill/domain";
import { councilId, orgId, partnerId, userId } from "./ids.js";
import { put, type DemoContext } from "./insert.js";

/** The one password of every demo user. Demo data only: never use it on a real installation. */
export const DEMO_PASSWORD = "samspill-demo";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisation: string;
  organisationId: string;
  language: UiLanguage;
  password: string;
}

const user = (
  local: string, name: string, role: Role, organisation: string, organisationId: string, language: UiLanguage = "nb",
): DemoUser => ({ email: `${local}@demo.samspill.no`, name, role, organisation, organisationId, language, password: DEMO_PASSWORD });

// Placeholder names (Kari/Ola Nordmann and the like): none of them is a real person.
export const DEMO_USERS: readonly DemoUser[] = [
  user("sekretariat", "Kari Nordmann", "secretariat", "Hamarregionen IPR", councilId("hamarregionen")),
  user("stange", "Ola Nordmann", "municipality_contributor", "Stange kommune", orgId("NO", "3413")),
  user("hamar", "Ingrid Hansen", "municipality_contributor", "Hamar kommune", orgId("NO", "3403")),
  user("fylke", "Per Olsen", "county_official", "Innlandet fylkeskommune", orgId("NO", "34")),
  user("radsmedlem", "Marit Larsen", "council_member", "Hamarregionen IPR", councilId("hamarregionen")),
  user("admin", "Samspill Admin", "admin", "Samspill drift", partnerId("samspill-drift")),
  user("sor-osterdal", "Jon Berg", "secretariat", "Sør-Østerdal IPR", councilId("sor-osterdal")),
  user("elverum", "Lise Haugen", "municipality_contributor", "Elverum kommune", orgId("NO", "3420")),
  user("gardermoregionen", "Anne Johansen", "secretariat", "Gardermoregionen IPR", councilId("gardermoregionen")),
  user("vimmerby", "Anna Svensson", "secretariat", "Vimmerby kommun", orgId("SE", "0884"), "sv"),
  user("kalmar", "Erik Andersson", "county_official", "Region Kalmar län", orgId("SE", "08"), "sv"),
];

export const demoUserId = (local: string): string => userId(`${local}@demo.samspill.no`);

export type HashPassword = (password: string) => Promise<string>;

export const hashDemoPassword: HashPassword = (password) =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });

/** Creates the demo users that are not there yet; only those are hashed, so a rerun is cheap. */
export async function loadUsers(ctx: DemoContext, hashPassword: HashPassword = hashDemoPassword): Promise<number> {
  const emails = DEMO_USERS.map((u) => u.email);
  const present = await ctx.db.selectFrom("appUser").select("email").where("email", "in", emails).execute();
  const known = new Set(present.map((row) => row.email));
  const missing = DEMO_USERS.filter((u) => !known.has(u.email));
  const rows = await Promise.all(missing.map(async (u) => ({
    id: userId(u.email), organisationId: u.organisationId, email: u.email, name: u.name, role: u.role,
    language: u.language, passwordHash: await hashPassword(u.password),
  })));
  await put(ctx, "appUser", rows);
  return rows.length;
}
