import { describe, expect, it } from "vitest";
import * as domain from "./index";

// The API and DB layers import these names; a rename here must be a conscious change there.
describe("public API", () => {
  it.each([
    "DomainError", "isDomainError", "DOMAIN_ERROR_CODES", "MoneySchema", "money", "addMoney", "sumMoney", "fromMajor",
    "IsoDateSchema", "orderedRange", "validateOrganisationCode", "findCodeClash", "isMembershipActive", "activeMembers",
    "findMembershipOverlap", "CreateMeasureInputSchema", "UpdateMeasureInputSchema", "assertStatusTransition",
    "canTransition", "normaliseProgress", "rollUpMeasure", "submitReport", "approveReport", "returnReport",
    "assertEditable", "reportingFigures", "fundsTable", "agreementFunds", "fundsAcrossAgreements", "statusCounts", "adoptProgramme", "planRevision", "planCopyForward", "diffProgrammes", "can", "assertCan",
    "PERMISSIONS", "ACTIONS", "ANONYMOUS",
  ])("exports %s", (name) => {
    expect(domain).toHaveProperty(name);
  });
});
