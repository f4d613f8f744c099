import type { SecurityCase } from "../../security/security-case.js";

export const securityCases: SecurityCase[] = [
  {
    path: "dashboards.council",
    arrange: async (world) => ({
      input: { councilId: world.council.id },
      resource: { kind: "programme", councilId: world.council.id, municipalityId: null, countyId: world.county.id, published: false },
    }),
  },
  {
    path: "dashboards.county",
    arrange: async (world) => ({
      input: { countyId: world.county.id },
      resource: { kind: "agreement", countyId: world.county.id, councilId: null, municipalityId: null },
    }),
  },
];
