import { describe, expect, it } from "vitest";
import type { Country, OrganisationKind } from "../shared/enums";
import { expectDomainError } from "../shared/testing";
import {
  type CodedOrganisation, assertNoCodeClash, assertValidOrganisationCode, findCodeClash, validateOrganisationCode,
} from "./organisation-code";

const NO_COUNTIES = ["03", "11", "34", "42"];
const SE_LAN = ["01", "08", "25"];

describe("validateOrganisationCode", () => {
  it.each<[Country, OrganisationKind, string | null, readonly string[], string | null]>([
    // Norway
    ["NO", "county", "34", NO_COUNTIES, null],
    ["NO", "county", "3", NO_COUNTIES, "county_code_format"],
    ["NO", "county", "340", NO_COUNTIES, "county_code_format"],
    ["NO", "county", "00", NO_COUNTIES, "county_code_format"],
    ["NO", "county", "A4", NO_COUNTIES, "county_code_format"],
    ["NO", "county", null, NO_COUNTIES, "code_required"],
    ["NO", "municipality", "3403", NO_COUNTIES, null],
    ["NO", "municipality", "0301", NO_COUNTIES, null],
    ["NO", "municipality", "3240", NO_COUNTIES, "unknown_county_code"],
    ["NO", "municipality", "403", NO_COUNTIES, "municipality_code_format"],
    ["NO", "municipality", "34031", NO_COUNTIES, "municipality_code_format"],
    ["NO", "municipality", "", NO_COUNTIES, "code_required"],
    ["NO", "regional_council", null, NO_COUNTIES, null],
    ["NO", "regional_council", "3403", NO_COUNTIES, "code_not_applicable"],
    ["NO", "partner", null, NO_COUNTIES, null],
    // Sweden
    ["SE", "county", "08", SE_LAN, null],
    ["SE", "county", "8", SE_LAN, "county_code_format"],
    ["SE", "municipality", "0884", SE_LAN, null],
    ["SE", "municipality", "0114", SE_LAN, null],
    ["SE", "municipality", "0984", SE_LAN, "unknown_county_code"],
    ["SE", "municipality", "884", SE_LAN, "municipality_code_format"],
    ["SE", "municipality", null, SE_LAN, "code_required"],
    ["SE", "regional_council", null, SE_LAN, null],
    ["SE", "partner", "08", SE_LAN, "code_not_applicable"],
  ])("%s %s %s → %s", (country, kind, code, countyCodes, reason) => {
    const result = validateOrganisationCode({ country, kind, code, countyCodes });
    expect(result).toEqual(reason === null ? { valid: true } : { valid: false, reason });
  });

  it("assertValidOrganisationCode throws INVALID_INPUT with the reason", () => {
    expectDomainError(
      () => assertValidOrganisationCode({ country: "NO", kind: "municipality", code: "9999", countyCodes: NO_COUNTIES }),
      "INVALID_INPUT",
      "unknown_county_code",
    );
    expect(() =>
      assertValidOrganisationCode({ country: "SE", kind: "municipality", code: "0884", countyCodes: SE_LAN }),
    ).not.toThrow();
  });
});

describe("findCodeClash", () => {
  // Eidsvoll: 0237 until 2019, 3035 in Viken 2020–2023, 3240 in Akershus from 2024.
  const eidsvoll: CodedOrganisation[] = [
    { id: "a", country: "NO", code: "0237", validFrom: "1838-01-01", validTo: "2019-12-31" },
    { id: "b", country: "NO", code: "3035", validFrom: "2020-01-01", validTo: "2023-12-31" },
    { id: "c", country: "NO", code: "3240", validFrom: "2024-01-01", validTo: null },
  ];

  it("allows reusing a code in a period that does not overlap", () => {
    expect(findCodeClash(eidsvoll, { country: "NO", code: "3035", validFrom: "2024-01-01", validTo: null })).toBeUndefined();
    expect(findCodeClash(eidsvoll, { country: "NO", code: "0237", validFrom: "2020-01-01", validTo: null })).toBeUndefined();
  });

  it("finds a clash in an overlapping period, including open-ended ones", () => {
    expect(findCodeClash(eidsvoll, { country: "NO", code: "3240", validFrom: "2030-01-01", validTo: null })?.id).toBe("c");
    expect(findCodeClash(eidsvoll, { country: "NO", code: "3035", validFrom: "2023-12-31", validTo: null })?.id).toBe("b");
    expect(findCodeClash(eidsvoll, { country: "NO", code: "0237", validFrom: "1900-01-01", validTo: "1900-12-31" })?.id).toBe("a");
  });

  it("treats countries separately", () => {
    expect(findCodeClash(eidsvoll, { country: "SE", code: "3240", validFrom: "2024-01-01", validTo: null })).toBeUndefined();
  });

  it("ignores the candidate's own row on update, but not rows of unsaved candidates", () => {
    expect(findCodeClash(eidsvoll, { id: "c", country: "NO", code: "3240", validFrom: "2024-06-01", validTo: null })).toBeUndefined();
    const unsaved = [{ country: "NO" as const, code: "3403", validFrom: "2024-01-01", validTo: null }];
    expect(findCodeClash(unsaved, { country: "NO", code: "3403", validFrom: "2024-01-01", validTo: null })).toBeDefined();
  });

  it("never clashes on a missing code, whatever the name (Våler 3114 and 3419)", () => {
    const valer = [
      { id: "v1", country: "NO" as const, code: "3114", validFrom: "2024-01-01", validTo: null },
      { id: "v2", country: "NO" as const, code: "3419", validFrom: "2024-01-01", validTo: null },
    ];
    expect(findCodeClash(valer, { country: "NO", code: null, validFrom: "2024-01-01", validTo: null })).toBeUndefined();
    expect(findCodeClash(valer, { country: "NO", code: "3420", validFrom: "2024-01-01", validTo: null })).toBeUndefined();
  });

  it("assertNoCodeClash throws CONFLICT", () => {
    expectDomainError(
      () => assertNoCodeClash(eidsvoll, { country: "NO", code: "3240", validFrom: "2025-01-01", validTo: null }),
      "CONFLICT",
      "organisation_code_taken",
    );
  });
});
