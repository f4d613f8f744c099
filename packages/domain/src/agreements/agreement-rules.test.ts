import { describe, expect, it } from "vitest";
import { agreementCounterparts, reportingRequirementState, type PartyPlace } from "./agreement-rules";

const county: PartyPlace = { organisationId: "k1", kind: "county", countyId: null };
const council: PartyPlace = { organisationId: "c1", kind: "regional_council", countyId: "k1" };
const municipality: PartyPlace = { organisationId: "m1", kind: "municipality", countyId: "k1" };

describe("agreement counterparts", () => {
  it("names the council and the municipality the county holds the agreement with", () => {
    expect(agreementCounterparts("k1", [county, council])).toEqual({ councilId: "c1", municipalityId: null });
    expect(agreementCounterparts("k1", [county, municipality])).toEqual({ councilId: null, municipalityId: "m1" });
  });

  it.each([
    [[county], "agreement_needs_council_or_municipality"],
    [[council, { ...council, organisationId: "c2" }], "one_council_or_municipality_per_agreement"],
    [[{ ...council, countyId: "k2" }], "party_not_in_county"],
    [[council, { organisationId: "k2", kind: "county", countyId: null }], "party_is_another_county"],
  ] as const)("refuses %o with %s", (parties, reason) => {
    expect(() => agreementCounterparts("k1", parties)).toThrow(expect.objectContaining({ code: "INVALID_INPUT", reason }));
  });
});

describe("reporting requirement state", () => {
  it("is due until the due date, overdue after, fulfilled once done", () => {
    expect(reportingRequirementState({ dueDate: "2025-03-01", fulfilledOn: null }, "2025-03-01")).toBe("due");
    expect(reportingRequirementState({ dueDate: "2025-03-01", fulfilledOn: null }, "2025-03-02")).toBe("overdue");
    expect(reportingRequirementState({ dueDate: "2025-03-01", fulfilledOn: "2025-03-08" }, "2025-04-01")).toBe("fulfilled");
  });
});
