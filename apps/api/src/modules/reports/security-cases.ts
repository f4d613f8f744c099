import { createReportingPeriod, getTestDb, uniqueName } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import { partFixture, reportFixture } from "./report-fixtures.js";

// Every report procedure on the world's council, with the part of the contributor's
// municipality, so own municipality, neighbour and other councils all meet it.

const place = (world: SecurityWorld) => ({ council: world.council, municipality: world.municipality });
const councilResource = (world: SecurityWorld) => ({
  kind: "status_report" as const, councilId: world.council.id, municipalityId: null, countyId: world.county.id, published: false,
});

export const securityCases: SecurityCase[] = [
  {
    path: "reports.listPeriods",
    arrange: async (world) => ({ input: { councilId: world.council.id }, resource: councilResource(world) }),
  },
  {
    path: "reports.createPeriod",
    arrange: async (world) => ({
      input: { councilId: world.council.id, name: uniqueName("T1"), periodStart: "2025-01-01", periodEnd: "2025-04-30", deadline: "2025-05-15" },
      resource: councilResource(world),
    }),
  },
  {
    path: "reports.updatePeriod",
    arrange: async (world) => {
      const period = await createReportingPeriod(await getTestDb(), { councilId: world.council.id });
      return { input: { id: period.id, version: period.version, deadline: "2025-02-15" }, resource: councilResource(world) };
    },
  },
  {
    path: "reports.listForPeriod",
    arrange: async (world) => {
      const fixture = await reportFixture(place(world));
      return { input: { periodId: fixture.periodId }, resource: fixture.councilResource };
    },
  },
  {
    path: "reports.get",
    arrange: async (world) => {
      const fixture = await reportFixture(place(world), "submitted");
      return { input: { id: fixture.reportId }, resource: fixture.resource };
    },
  },
  {
    path: "reports.saveDraft",
    arrange: async (world) => {
      const { measure, part, period, resource } = await partFixture(place(world));
      return {
        input: {
          periodId: period.id, measureId: measure.id, partId: part.id, measureStatus: "in_progress", progress: 30,
          narrative: "Ladeplan under arbeid", spending: { currency: "NOK", lines: [{ fundingSource: "municipal_own_contribution", amountMinor: 1_000_00 }] },
        },
        resource,
      };
    },
  },
  {
    path: "reports.submit",
    arrange: async (world) => {
      const fixture = await reportFixture(place(world));
      return { input: { id: fixture.reportId, version: fixture.reportVersion }, resource: fixture.resource };
    },
  },
  {
    path: "reports.return",
    arrange: async (world) => {
      const fixture = await reportFixture(place(world), "submitted");
      return { input: { id: fixture.reportId, version: fixture.reportVersion, comment: "Oppgi antall ladepunkter" }, resource: fixture.resource };
    },
  },
  {
    path: "reports.approve",
    arrange: async (world) => {
      const fixture = await reportFixture(place(world), "submitted");
      return { input: { id: fixture.reportId, version: fixture.reportVersion }, resource: fixture.resource };
    },
  },
  {
    path: "reports.overview",
    arrange: async (world) => {
      const fixture = await reportFixture(place(world), "submitted");
      return { input: { periodId: fixture.periodId }, resource: fixture.councilResource };
    },
  },
];
