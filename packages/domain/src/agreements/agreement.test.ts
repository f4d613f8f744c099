import { describe, expect, it } from "vitest";
import { CreatePartnershipAgreementInputSchema, UpdatePartnershipAgreementInputSchema } from "./agreement";
import { CreateFundingCommitmentInputSchema, CreateObligationInputSchema, CreateReportingRequirementInputSchema } from "./obligation";

const ID = "00000000-0000-4000-8000-000000000001";

function pathsOf(result: { error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[][] {
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe("partnership agreement schemas", () => {
  const input = {
    countyId: ID, title: "Partnerskapsavtale Hamarregionen 2024–2027", periodStart: "2024-01-01", periodEnd: "2027-12-31",
    parties: [{ organisationId: ID, signatoryName: "Daglig leder", signedOn: "2024-02-01" }],
  };

  it("accepts an agreement with its parties", () => {
    expect(CreatePartnershipAgreementInputSchema.parse(input)).toMatchObject({ status: "draft", caseNumber: null, parties: [{ signatoryTitle: null }] });
  });

  it.each([
    [{ ...input, periodEnd: "2023-12-31" }, [["periodEnd"]]],
    [{ ...input, parties: [] }, [["parties"]]],
    [{ ...input, parties: [{ organisationId: ID, signedOn: "2024-02-30" }] }, [["parties", 0, "signedOn"]]],
    [{ ...input, status: "signed" }, [["status"]]],
    [{ ...input, amount: 1 }, [[]]],
  ])("rejects %o at %o", (bad, paths) => {
    expect(pathsOf(CreatePartnershipAgreementInputSchema.safeParse(bad))).toEqual(paths);
  });

  it("updates carry a version", () => {
    expect(pathsOf(UpdatePartnershipAgreementInputSchema.safeParse({ id: ID, title: "x" }))).toEqual([["version"]]);
  });
});

describe("obligations, funding and reporting requirements", () => {
  it("funding is money per year and source", () => {
    const funding = { agreementId: ID, year: 2024, source: "county_partnership_funds", amount: { amountMinor: 100_000_000, currency: "NOK" } };
    expect(CreateFundingCommitmentInputSchema.parse(funding).sourceName).toBe("");
    expect(pathsOf(CreateFundingCommitmentInputSchema.safeParse({ ...funding, amount: { amountMinor: -1, currency: "NOK" } }))).toEqual([["amount", "amountMinor"]]);
    expect(pathsOf(CreateFundingCommitmentInputSchema.safeParse({ ...funding, id: ID }))).toEqual([[]]);
  });

  it("obligations and requirements validate their fields", () => {
    expect(pathsOf(CreateObligationInputSchema.safeParse({ agreementId: ID, partyId: "x", title: "Stille med sekretariat" }))).toEqual([["partyId"]]);
    expect(pathsOf(CreateReportingRequirementInputSchema.safeParse({ agreementId: ID, title: "Årsrapport", dueDate: "2024-13-01" }))).toEqual([["dueDate"]]);
  });
});
