import { createCouncilWithMembers, createOrganisation, createUser, getTestDb, uniqueEmail } from "@samspill/db/testing";
import type { OrganisationRow } from "@samspill/db";
import { ANONYMOUS, type Actor, type Role } from "@samspill/domain";
import { buildActor } from "../auth/actor-scope.js";
import { isoDay } from "../trpc/context.js";
import { signIn, TEST_PASSWORD } from "../testing/harness.js";

/**
 * Two counties, each with a council of municipalities, and a signed-in user for every role in
 * the first — plus one of each kind in the second, and a contributor from a neighbouring
 * municipality of the same council. Security cases build their data inside this world.
 */
export interface SecurityWorld {
  county: OrganisationRow;
  council: OrganisationRow;
  /** The contributor's municipality, a member of `council`. */
  municipality: OrganisationRow;
  /** Another member of `council`. */
  neighbour: OrganisationRow;
  otherCounty: OrganisationRow;
  otherCouncil: OrganisationRow;
  otherMunicipality: OrganisationRow;
  actors: Record<ActorKey, WorldActor>;
}

export const ACTOR_KEYS = [
  "anonymous", "secretariat", "contributor", "county_official", "council_member", "admin",
  "neighbour_contributor", "other_secretariat", "other_contributor", "other_county_official", "other_council_member",
] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];

export interface WorldActor {
  actor: Actor;
  cookie: string | undefined;
  email: string | undefined;
}

async function actorAt(role: Role, organisation: OrganisationRow): Promise<WorldActor> {
  const db = await getTestDb();
  const email = uniqueEmail();
  const user = await createUser(db, { role, organisationId: organisation.id, email, password: TEST_PASSWORD });
  return { actor: await buildActor(db, user, isoDay(new Date())), cookie: await signIn(email), email };
}

let world: Promise<SecurityWorld> | undefined;

export function getSecurityWorld(): Promise<SecurityWorld> {
  world ??= (async () => {
    const db = await getTestDb();
    const own = await createCouncilWithMembers(db, { memberCount: 2 });
    const other = await createCouncilWithMembers(db, { memberCount: 1 });
    const [municipality, neighbour] = own.municipalities;
    const [otherMunicipality] = other.municipalities;
    if (!municipality || !neighbour || !otherMunicipality) throw new Error("world needs municipalities");
    const operator = await createOrganisation(db, { kind: "partner" });
    const actors: Record<ActorKey, WorldActor> = {
      anonymous: { actor: ANONYMOUS, cookie: undefined, email: undefined },
      secretariat: await actorAt("secretariat", own.council),
      contributor: await actorAt("municipality_contributor", municipality),
      county_official: await actorAt("county_official", own.county),
      council_member: await actorAt("council_member", own.council),
      admin: await actorAt("admin", operator),
      neighbour_contributor: await actorAt("municipality_contributor", neighbour),
      other_secretariat: await actorAt("secretariat", other.council),
      other_contributor: await actorAt("municipality_contributor", otherMunicipality),
      other_county_official: await actorAt("county_official", other.county),
      other_council_member: await actorAt("council_member", other.council),
    };
    return {
      county: own.county,
      council: own.council,
      municipality,
      neighbour,
      otherCounty: other.county,
      otherCouncil: other.council,
      otherMunicipality,
      actors,
    };
  })();
  return world;
}
