import type { Resource } from "@samspill/domain";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import { agreementWith } from "../agreements/agreement-fixtures.js";
import { programmeAt } from "../programmes/programme-fixtures.js";
import { annualReportFixture, seed004Programme } from "./document-fixtures.js";

// A draft programme of the world's council (outsiders and the public meet it as NOT_FOUND), and
// the council's agreement with its county with a period of reports to compile, and the texts
// its secretariat writes for the report.

const EMPTY_TEXTS = { approval: "", signatoryName: "", signatoryTitle: "", place: "", signedOn: null };
const agreementOf = (world: SecurityWorld): Resource => ({
  kind: "agreement", countyId: world.county.id, councilId: world.council.id, municipalityId: null,
});

export const securityCases: SecurityCase[] = [
  {
    path: "documents.programme",
    arrange: async (world) => {
      const { programmeId } = await seed004Programme(world.council, [world.municipality]);
      return { input: { programmeId }, resource: programmeAt({ councilId: world.council.id, countyId: world.county.id }, false) };
    },
  },
  {
    path: "documents.annualReport",
    arrange: async (world) => {
      const fixture = await annualReportFixture(world.county, world.council, [world.municipality, world.neighbour]);
      return {
        input: { agreementId: fixture.agreementId, periodId: fixture.periodId },
        resource: { kind: "agreement", countyId: world.county.id, councilId: world.council.id, municipalityId: null },
      };
    },
  },
  {
    path: "documents.annualReportPeriods",
    arrange: async (world) => {
      const fixture = await agreementWith(world.county.id, { id: world.council.id, kind: "regional_council" });
      return { input: { agreementId: fixture.agreementId }, resource: fixture.resource };
    },
  },
  {
    path: "documents.annualReportTexts",
    arrange: async (world) => {
      const fixture = await annualReportFixture(world.county, world.council, [world.municipality, world.neighbour]);
      return { input: { agreementId: fixture.agreementId, periodId: fixture.periodId }, resource: agreementOf(world) };
    },
  },
  {
    path: "documents.saveAnnualReportTexts",
    arrange: async (world) => {
      const fixture = await annualReportFixture(world.county, world.council, [world.municipality, world.neighbour]);
      return {
        input: { agreementId: fixture.agreementId, periodId: fixture.periodId, version: 0, ...EMPTY_TEXTS, summary: "Et godt år." },
        resource: agreementOf(world),
        action: "review_report",
      };
    },
  },
];
