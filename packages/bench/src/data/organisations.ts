import type { Kysely } from "kysely";
import { syncOfficialOrganisations, type Database } from "@samspill/db";
import { readReferenceLists } from "@samspill/reference";
import { benchId } from "./keys.js";
import type { BenchPlan } from "./plan.js";
import { insertRows } from "./rows.js";

/** A generated regional council and what the bulk steps need to know of it. */
export interface CouncilSpec {
  index: number;
  id: string;
  name: string;
  country: "NO" | "SE";
  countyId: string;
  /** Member municipalities; the first one is the benchmark's contributor's own. */
  members: string[];
  currency: "NOK" | "SEK";
}

export const ADMIN_ORGANISATION_KEY = "org:samspill-drift";
const COUNCIL_VALID_FROM = "2020-01-01";
const MEMBERS_PER_COUNCIL = 6.5;
const BIG_COUNCIL_MEMBERS = 6;

/**
 * All Norwegian and Swedish counties and municipalities from @samspill/reference, through the
 * operator's own sync; then the councils: each county's municipalities in groups of six or
 * seven (as the real councils are), in county order, until the plan's number is reached.
 */
export async function loadOrganisations(db: Kysely<Database>, plan: BenchPlan): Promise<CouncilSpec[]> {
  const { official } = readReferenceLists();
  for (const list of [official.NO, official.SE]) {
    await syncOfficialOrganisations(db, list, { idFor: (holder) => benchId(plan.seed, `org:${holder.country}:${holder.code}`) });
  }
  const municipalities = await db.selectFrom("organisation as m")
    .innerJoin("organisation as c", "c.id", "m.countyId")
    .select(["m.id", "m.name", "m.country", "m.countyId", "c.name as countyName"])
    .where("m.kind", "=", "municipality").where("m.validTo", "is", null)
    .orderBy("m.country").orderBy("c.code").orderBy("m.code").execute();
  const byCounty = new Map<string, typeof municipalities>();
  for (const row of municipalities) byCounty.set(row.countyId!, [...(byCounty.get(row.countyId!) ?? []), row]);

  const groups: (typeof municipalities)[] = [];
  for (const members of byCounty.values()) {
    const count = Math.max(1, Math.round(members.length / MEMBERS_PER_COUNCIL));
    for (let g = 0; g < count; g++) groups.push(members.filter((_, i) => i % count === g));
  }
  // The first council is the benchmark's big one: the first with a full set of members.
  const big = Math.max(0, groups.findIndex((group) => group.length >= BIG_COUNCIL_MEMBERS));
  const chosen = [groups[big]!, ...groups.filter((_, i) => i !== big)].slice(0, plan.councils);
  const councils: CouncilSpec[] = chosen.map((group, index) => {
    const first = group[0]!;
    return {
      index, id: benchId(plan.seed, `council:${index}`), country: first.country, countyId: first.countyId!,
      name: first.country === "NO" ? `${first.name}regionen IPR` : `${first.name}regionens kommunalförbund`,
      members: group.map((m) => m.id), currency: first.country === "NO" ? "NOK" : "SEK",
    };
  });
  await insertRows(db, "organisation", [
    { id: benchId(plan.seed, ADMIN_ORGANISATION_KEY), kind: "partner", country: "NO", name: "Samspill drift",
      languageForm: "nb", description: "Driftsorganisasjonen for denne Samspill-installasjonen." },
    ...councils.map((c) => ({
      id: c.id, kind: "regional_council" as const, country: c.country, name: c.name, countyId: c.countyId,
      languageForm: c.country === "NO" ? "nb" as const : "sv" as const, slug: `region-${c.index + 1}`, validFrom: COUNCIL_VALID_FROM,
    })),
  ]);
  await insertRows(db, "membership", councils.flatMap((c) => c.members.map((municipalityId) => ({
    id: benchId(plan.seed, `membership:${c.id}:${municipalityId}`), councilId: c.id, municipalityId, validFrom: COUNCIL_VALID_FROM,
  }))));
  return councils;
}
