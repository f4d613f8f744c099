import { describe, expect, it } from "vitest";
import { expectDomainError } from "../shared/testing";
import {
  CreateMembershipInputSchema, MembershipSchema, activeMembers, assertNoMembershipOverlap, findMembershipOverlap,
  isMembershipActive, memberOptions,
} from "./membership";

const COUNCIL = "00000000-0000-4000-8000-000000000001";
const OTHER_COUNCIL = "00000000-0000-4000-8000-000000000002";
const HAMAR = "00000000-0000-4000-8000-000000000011";
const STANGE = "00000000-0000-4000-8000-000000000012";

const joined2020 = { id: "m1", councilId: COUNCIL, municipalityId: HAMAR, validFrom: "2020-01-01", validTo: null };
const left2023 = { id: "m2", councilId: COUNCIL, municipalityId: STANGE, validFrom: "2015-01-01", validTo: "2023-12-31" };

describe("membership schemas", () => {
  it("rejects an unordered period on validTo", () => {
    const result = CreateMembershipInputSchema.safeParse({
      councilId: COUNCIL, municipalityId: HAMAR, validFrom: "2024-01-01", validTo: "2023-01-01",
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([["validTo"]]);
  });

  it("defaults an open end and rejects unknown fields", () => {
    expect(CreateMembershipInputSchema.parse({ councilId: COUNCIL, municipalityId: HAMAR, validFrom: "2024-01-01" }).validTo).toBeNull();
    const result = MembershipSchema.safeParse({ ...joined2020, id: "00000000-0000-4000-8000-0000000000aa", version: 1, role: "x" });
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["role"] });
  });

  it("reports a non-UUID id at its path", () => {
    const result = MembershipSchema.safeParse({ ...joined2020, version: 1 });
    expect(result.error?.issues[0]?.path).toEqual(["id"]);
  });
});

describe("isMembershipActive", () => {
  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
    ["2099-01-01", true],
  ])("open membership on %s: %s", (date, expected) => {
    expect(isMembershipActive(joined2020, date)).toBe(expected);
  });

  it("includes the last day and excludes the day after", () => {
    expect(isMembershipActive(left2023, "2023-12-31")).toBe(true);
    expect(isMembershipActive(left2023, "2024-01-01")).toBe(false);
  });
});

describe("activeMembers", () => {
  it("lists municipalities active on the date, once each", () => {
    const again = { ...joined2020, id: "m3", councilId: OTHER_COUNCIL };
    expect(activeMembers([joined2020, left2023, again], "2023-06-01")).toEqual([HAMAR, STANGE]);
    expect(activeMembers([joined2020, left2023], "2024-06-01")).toEqual([HAMAR]);
  });
});

describe("findMembershipOverlap", () => {
  it("finds an overlapping membership of the same council", () => {
    const candidate = { councilId: COUNCIL, municipalityId: STANGE, validFrom: "2023-06-01", validTo: null };
    expect(findMembershipOverlap([joined2020, left2023], candidate)?.id).toBe("m2");
  });

  it("allows rejoining after leaving, other councils, and the row itself", () => {
    expect(findMembershipOverlap([left2023], { councilId: COUNCIL, municipalityId: STANGE, validFrom: "2024-01-01", validTo: null })).toBeUndefined();
    expect(findMembershipOverlap([joined2020], { councilId: OTHER_COUNCIL, municipalityId: HAMAR, validFrom: "2020-01-01", validTo: null })).toBeUndefined();
    expect(findMembershipOverlap([joined2020], { ...joined2020, validTo: "2024-12-31" })).toBeUndefined();
  });

  it("assertNoMembershipOverlap throws CONFLICT", () => {
    expectDomainError(
      () => assertNoMembershipOverlap([joined2020], { councilId: COUNCIL, municipalityId: HAMAR, validFrom: "2021-01-01", validTo: null }),
      "CONFLICT",
      "membership_overlap",
    );
  });
});

describe("memberOptions", () => {
  const council = "c";
  const period = (municipalityId: string, validFrom: string, validTo: string | null) => ({ councilId: council, municipalityId, validFrom, validTo });

  it("offers current members once each, however many periods they have", () => {
    const options = memberOptions([period("a", "2010-01-01", "2015-12-31"), period("a", "2018-01-01", null), period("b", "2020-01-01", null)], [], "2025-06-01");
    expect(options).toEqual([
      { municipalityId: "a", current: true, membership: { validFrom: "2010-01-01", validTo: null } },
      { municipalityId: "b", current: true, membership: { validFrom: "2020-01-01", validTo: null } },
    ]);
  });

  it("offers a former member only where it has data, with the span of its membership", () => {
    const memberships = [period("old", "2020-01-01", "2023-12-31"), period("gone", "2010-01-01", "2019-12-31"), period("new", "2024-01-01", null)];
    expect(memberOptions(memberships, ["old"], "2025-06-01")).toEqual([
      { municipalityId: "old", current: false, membership: { validFrom: "2020-01-01", validTo: "2023-12-31" } },
      { municipalityId: "new", current: true, membership: { validFrom: "2024-01-01", validTo: null } },
    ]);
  });

  it("offers a municipality with data that never was a member, without a membership", () => {
    expect(memberOptions([], ["x", "x"], "2025-06-01")).toEqual([{ municipalityId: "x", current: false, membership: null }]);
  });
});
