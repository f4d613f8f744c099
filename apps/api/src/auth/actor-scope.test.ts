import { describe, expect, it } from "vitest";
import { insertMembership } from "@samspill/db";
import { createCouncilWithMembers, createOrganisation, createUser, getTestDb } from "@samspill/db/testing";
import { actorOf, buildActor } from "./actor-scope.js";
import { openSession, resumeSession } from "./session-service.js";

// A resumed session brings the organisations its user acts for in the same statement; the actor
// made from them must be the one the separate look-ups make, for every role, with memberships
// and organisations that are not valid on the day left out alike.

const TODAY = "2026-03-01";
const NOW = new Date(`${TODAY}T10:00:00Z`);

async function world() {
  const db = await getTestDb();
  const region = await createCouncilWithMembers(db, { memberCount: 2, validFrom: "2020-01-01" });
  const municipality = region.municipalities[0]!;
  // A second council the municipality has left, and a third it joins only later: neither counts today.
  const left = await createOrganisation(db, { kind: "regional_council", countyId: region.county.id });
  await insertMembership(db, { councilId: left.id, municipalityId: municipality.id, validFrom: "2019-01-01", validTo: "2025-12-31" });
  const later = await createOrganisation(db, { kind: "regional_council", countyId: region.county.id });
  await insertMembership(db, { councilId: later.id, municipalityId: municipality.id, validFrom: "2027-01-01" });
  // A municipality of the county merged away before today.
  await createOrganisation(db, { kind: "municipality", countyId: region.county.id, validFrom: "2000-01-01", validTo: "2023-12-31" });
  return { db, region, municipality, left, later };
}

async function resumedActor(db: Awaited<ReturnType<typeof getTestDb>>, user: Awaited<ReturnType<typeof createUser>>) {
  const { token } = await openSession(db, user, { ip: "127.0.0.1", userAgent: "test", now: NOW });
  const resumed = await resumeSession(db, token, NOW, TODAY);
  if (!resumed) throw new Error("the session did not resume");
  return actorOf(resumed.user, resumed.scope);
}

describe("the actor of a resumed session", () => {
  it("is the actor the separate look-ups make, for every role", async () => {
    const { db, region, municipality } = await world();
    const users = [
      await createUser(db, { role: "municipality_contributor", organisationId: municipality.id }),
      await createUser(db, { role: "county_official", organisationId: region.county.id }),
      await createUser(db, { role: "secretariat", organisationId: region.council.id }),
      await createUser(db, { role: "council_member", organisationId: region.council.id }),
      await createUser(db, { role: "admin", organisationId: region.council.id }),
    ];
    for (const user of users) expect(await resumedActor(db, user), user.role).toEqual(await buildActor(db, user, TODAY));
  });

  it("counts a contributor's councils and a county's organisations as of the day", async () => {
    const { db, region, municipality, left, later } = await world();
    const contributor = await resumedActor(db, await createUser(db, { role: "municipality_contributor", organisationId: municipality.id }));
    expect(contributor.scope).toEqual({ councilIds: [region.council.id], municipalityIds: [municipality.id], countyIds: [] });
    const official = await resumedActor(db, await createUser(db, { role: "county_official", organisationId: region.county.id }));
    // Councils are organisations of their county whatever their members; the merged municipality is gone.
    expect(new Set(official.scope.councilIds)).toEqual(new Set([region.council.id, left.id, later.id]));
    expect(new Set(official.scope.municipalityIds)).toEqual(new Set(region.municipalities.map((m) => m.id)));
  });
});
