import { describe, expect, it } from "vitest";
import { isDomainError } from "../shared/errors";
import { ANONYMOUS, type Actor, PERMISSION_ROLES, type PermissionRole, type Resource, type ResourceKind } from "./actor";
import { assertCan, can, measureEditAction } from "./can";
import { ACTIONS, type Action } from "./table";

// Every action × role × place, written out by hand from DOMAIN.md. If the permission table
// changes, this table must change with it.

const C1 = "council-hamarregionen";
const C2 = "council-gardermoregionen";
const M1 = "municipality-stange";
const M2 = "municipality-hamar";
const M3 = "municipality-eidsvoll";
const K1 = "county-innlandet";
const K2 = "county-akershus";

const ACTORS: Record<PermissionRole, Actor> = {
  secretariat: { userId: "u1", role: "secretariat", organisationId: C1, scope: { councilIds: [C1], municipalityIds: [], countyIds: [] } },
  municipality_contributor: { userId: "u2", role: "municipality_contributor", organisationId: M1, scope: { councilIds: [C1], municipalityIds: [M1], countyIds: [] } },
  county_official: { userId: "u3", role: "county_official", organisationId: K1, scope: { councilIds: [C1], municipalityIds: [M1, M2], countyIds: [K1] } },
  council_member: { userId: "u4", role: "council_member", organisationId: C1, scope: { councilIds: [C1], municipalityIds: [], countyIds: [] } },
  admin: { userId: "u5", role: "admin", organisationId: K1, scope: { councilIds: [], municipalityIds: [], countyIds: [] } },
  public: ANONYMOUS,
};

const PLACES = {
  own: { councilId: C1, municipalityId: M1, countyId: K1, published: false },
  neighbour: { councilId: C1, municipalityId: M2, countyId: K1, published: false },
  other: { councilId: C2, municipalityId: M3, countyId: K2, published: false },
  publishedElsewhere: { councilId: C2, municipalityId: M3, countyId: K2, published: true },
};
type Place = keyof typeof PLACES;

const KIND_OF: Record<Action, { kind: ResourceKind; scope?: "local" }> = {
  read_programme: { kind: "programme" },
  edit_programme: { kind: "programme" },
  edit_local_measure: { kind: "measure", scope: "local" },
  edit_measure_part: { kind: "measure_part" },
  submit_report: { kind: "status_report" },
  review_report: { kind: "status_report" },
  manage_agreement: { kind: "agreement" },
  read_agreement: { kind: "agreement" },
  comment: { kind: "measure" },
  record_meeting: { kind: "meeting" },
  read_meeting: { kind: "meeting" },
  read_audit_log: { kind: "audit_log" },
  manage_users: { kind: "user" },
};

type Outcome = "allow" | "not_found" | "unauthenticated" | `forbidden:${string}`;
type Row = readonly [own: Outcome, neighbour: Outcome, other: Outcome, publishedElsewhere: Outcome];

const A = "allow";
const N = "not_found";
const U = "unauthenticated";
const R = "forbidden:role_not_allowed";
const OC = "forbidden:not_own_council";
const OM = "forbidden:not_own_municipality";
const OCO = "forbidden:not_own_county";
const AO = "forbidden:admin_only";

const readsLikeProgramme: Record<PermissionRole, Row> = {
  secretariat: [A, A, N, A],
  municipality_contributor: [A, A, N, A],
  county_official: [A, A, N, A],
  council_member: [A, A, N, A],
  admin: [N, N, N, A],
  public: [N, N, N, A],
};
const secretariatOnly: Record<PermissionRole, Row> = {
  secretariat: [A, A, N, OC],
  municipality_contributor: [R, R, N, R],
  county_official: [R, R, N, R],
  council_member: [R, R, N, R],
  admin: [N, N, N, R],
  public: [N, N, N, U],
};
const municipalityWork: Record<PermissionRole, Row> = {
  ...secretariatOnly,
  municipality_contributor: [A, OM, N, OM],
};

const EXPECTED: Record<Action, Record<PermissionRole, Row>> = {
  read_programme: readsLikeProgramme,
  edit_programme: secretariatOnly,
  edit_local_measure: municipalityWork,
  edit_measure_part: municipalityWork,
  submit_report: municipalityWork,
  review_report: secretariatOnly,
  manage_agreement: {
    secretariat: [R, R, N, N],
    municipality_contributor: [R, N, N, N],
    county_official: [A, A, N, N],
    council_member: [R, R, N, N],
    admin: [N, N, N, N],
    public: [N, N, N, N],
  },
  read_agreement: {
    secretariat: [A, A, N, N],
    municipality_contributor: [A, N, N, N],
    county_official: [A, A, N, N],
    council_member: [A, A, N, N],
    admin: [N, N, N, N],
    public: [N, N, N, N],
  },
  comment: {
    secretariat: [A, A, N, OC],
    municipality_contributor: [A, A, N, OC],
    county_official: [A, A, N, OCO],
    council_member: [R, R, N, R],
    admin: [N, N, N, R],
    public: [N, N, N, U],
  },
  record_meeting: secretariatOnly,
  read_meeting: readsLikeProgramme,
  read_audit_log: {
    secretariat: [A, A, N, N],
    municipality_contributor: [A, N, N, N],
    county_official: [A, A, N, N],
    council_member: [N, N, N, N],
    admin: [N, N, N, N],
    public: [N, N, N, N],
  },
  manage_users: {
    secretariat: [AO, AO, AO, AO],
    municipality_contributor: [AO, AO, AO, AO],
    county_official: [AO, AO, AO, AO],
    council_member: [AO, AO, AO, AO],
    admin: [A, A, A, A],
    public: [N, N, N, N],
  },
};

const PLACE_NAMES = Object.keys(PLACES) as Place[];
const CASES = ACTIONS.flatMap((action) =>
  PERMISSION_ROLES.flatMap((role) =>
    PLACE_NAMES.map((place, index) => [action, role, place, EXPECTED[action][role][index] as Outcome] as const),
  ),
);

function outcomeOf(actor: Actor, action: Action, resource: Resource): Outcome {
  try {
    assertCan(actor, action, resource);
    return "allow";
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "FORBIDDEN") return `forbidden:${error.reason ?? ""}`;
    if (error.code === "NOT_FOUND") return "not_found";
    if (error.code === "UNAUTHENTICATED") return "unauthenticated";
    throw error;
  }
}

describe("who may do what", () => {
  it("covers every action × role × place", () => {
    expect(CASES).toHaveLength(ACTIONS.length * PERMISSION_ROLES.length * PLACE_NAMES.length);
  });

  it.each(CASES)("%s by %s on %s → %s", (action, role, place, expected) => {
    const resource: Resource = { ...KIND_OF[action], ...PLACES[place] };
    const actor = ACTORS[role];
    expect(outcomeOf(actor, action, resource)).toBe(expected);

    const decision = can(actor, action, resource);
    expect(decision.allowed).toBe(expected === "allow");
    if (!decision.allowed) expect(decision.visible).toBe(expected !== "not_found");
  });
});

describe("special cases", () => {
  const contributor = ACTORS.municipality_contributor;
  const ownShared: Resource = { kind: "measure", scope: "shared", ...PLACES.own };

  it("a shared measure is never edited as a local one", () => {
    expect(can(ACTORS.secretariat, "edit_local_measure", ownShared)).toEqual({ allowed: false, visible: true, reason: "shared_measure" });
    expect(measureEditAction("shared")).toBe("edit_programme");
    expect(measureEditAction("local")).toBe("edit_local_measure");
    expect(can(contributor, measureEditAction("shared"), ownShared)).toEqual({ allowed: false, visible: true, reason: "role_not_allowed" });
  });

  it("organisations are visible to everyone, so refusals there are FORBIDDEN or UNAUTHENTICATED", () => {
    const organisation: Resource = { kind: "organisation", ...PLACES.other };
    expect(outcomeOf(ACTORS.secretariat, "manage_users", organisation)).toBe(AO);
    expect(outcomeOf(ANONYMOUS, "manage_users", organisation)).toBe(U);
  });

  it("a resource without ids matches no scope", () => {
    expect(can(ACTORS.secretariat, "read_programme", { kind: "programme" })).toEqual({ allowed: false, visible: false, reason: "not_found" });
  });

  it("NOT_FOUND errors carry action and kind, not ids", () => {
    try {
      assertCan(ACTORS.council_member, "read_audit_log", { kind: "audit_log", ...PLACES.own });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, "NOT_FOUND")).toBe(true);
      expect((error as { params: unknown }).params).toEqual({ action: "read_audit_log", kind: "audit_log" });
    }
  });
});
