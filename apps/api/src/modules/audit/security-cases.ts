import { createMeasure, createMeasurePart, createProgramme, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

// Audit logs: the secretariat reads its council's, a contributor their municipality's, a
// county official their county's; nobody else, and never the public.

export const securityCases: SecurityCase[] = [
  {
    path: "audit.listForSubject",
    arrange: async (world) => {
      const db = await getTestDb();
      const { programme } = await createProgramme(db, { ownerId: world.council.id, published: true, focusAreaCount: 0 });
      const measure = await createMeasure(db, { programmeId: programme.id, ownerId: world.council.id, scope: "shared" });
      const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: world.municipality.id });
      return {
        input: { subjectType: "measure_part", subjectId: part.id },
        resource: { kind: "audit_log", councilId: world.council.id, municipalityId: world.municipality.id, countyId: world.county.id },
      };
    },
  },
  {
    path: "audit.listForOrganisation",
    arrange: async (world) => ({
      input: { organisationId: world.municipality.id },
      resource: { kind: "audit_log", municipalityId: world.municipality.id, countyId: world.county.id },
    }),
  },
];
