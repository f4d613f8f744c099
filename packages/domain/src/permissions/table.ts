import type { PermissionRole, ResourceKind } from "./actor";

// DOMAIN.md's "Who may do what" as data. Each cell lists the reaches that allow the action
// (any one is enough); an empty cell means the role never may. Keep this file and the table
// in DOMAIN.md saying the same thing; can.security.test.ts spells every cell out again.

export const ACTIONS = [
  "read_programme", "edit_programme", "edit_local_measure", "edit_measure_part", "submit_report", "review_report",
  "manage_agreement", "read_agreement", "comment", "record_meeting", "read_meeting", "read_audit_log", "manage_users",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * - own_council: the resource's council is one the actor acts for
 * - own_municipality: the resource's municipality is the actor's
 * - own_county: the resource lies in the actor's county (its county, or one of its councils)
 * - published: the council has published it
 * - any: no condition (admin only)
 */
export type Reach = "any" | "own_council" | "own_municipality" | "own_county" | "published";
export type Rule = readonly Reach[];

const NO: Rule = [];

export const PERMISSIONS: Record<Action, Record<PermissionRole, Rule>> = {
  read_programme: {
    secretariat: ["own_council", "published"],
    municipality_contributor: ["own_council", "own_municipality", "published"],
    county_official: ["own_county", "published"],
    council_member: ["own_council", "published"],
    admin: ["published"],
    public: ["published"],
  },
  edit_programme: { secretariat: ["own_council"], municipality_contributor: NO, county_official: NO, council_member: NO, admin: NO, public: NO },
  edit_local_measure: {
    secretariat: ["own_council"], municipality_contributor: ["own_municipality"], county_official: NO, council_member: NO, admin: NO, public: NO,
  },
  edit_measure_part: {
    secretariat: ["own_council"], municipality_contributor: ["own_municipality"], county_official: NO, council_member: NO, admin: NO, public: NO,
  },
  submit_report: {
    secretariat: ["own_council"], municipality_contributor: ["own_municipality"], county_official: NO, council_member: NO, admin: NO, public: NO,
  },
  review_report: { secretariat: ["own_council"], municipality_contributor: NO, county_official: NO, council_member: NO, admin: NO, public: NO },
  manage_agreement: { secretariat: NO, municipality_contributor: NO, county_official: ["own_county"], council_member: NO, admin: NO, public: NO },
  read_agreement: {
    secretariat: ["own_council"],
    municipality_contributor: ["own_municipality"],
    county_official: ["own_county"],
    council_member: ["own_council"],
    admin: NO,
    public: NO,
  },
  comment: {
    secretariat: ["own_council"],
    municipality_contributor: ["own_council", "own_municipality"],
    county_official: ["own_county"],
    council_member: NO,
    admin: NO,
    public: NO,
  },
  record_meeting: { secretariat: ["own_council"], municipality_contributor: NO, county_official: NO, council_member: NO, admin: NO, public: NO },
  // Only published meetings and decisions for the public; the council's own people see the rest.
  read_meeting: {
    secretariat: ["own_council", "published"],
    municipality_contributor: ["own_council", "published"],
    county_official: ["own_county", "published"],
    council_member: ["own_council", "published"],
    admin: ["published"],
    public: ["published"],
  },
  read_audit_log: {
    secretariat: ["own_council"], municipality_contributor: ["own_municipality"], county_official: ["own_county"],
    council_member: NO, admin: NO, public: NO,
  },
  manage_users: { secretariat: NO, municipality_contributor: NO, county_official: NO, council_member: NO, admin: ["any"], public: NO },
};

/**
 * Which read decides whether an actor can see a resource at all, and so whether a refusal is
 * NOT_FOUND (cannot see) or FORBIDDEN (can see, may not change). Organisations are public
 * facts; users are visible to anyone signed in (names on comments and reports).
 */
export const VISIBILITY: Record<ResourceKind, Action | "everyone" | "signed_in"> = {
  programme: "read_programme",
  measure: "read_programme",
  measure_part: "read_programme",
  status_report: "read_programme",
  agreement: "read_agreement",
  meeting: "read_meeting",
  audit_log: "read_audit_log",
  organisation: "everyone",
  user: "signed_in",
};

export const READ_ACTIONS: readonly Action[] = ["read_programme", "read_agreement", "read_meeting", "read_audit_log"];
