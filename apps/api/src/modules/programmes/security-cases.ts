import { createProgramme, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

export const securityCases: SecurityCase[] = [
  { path: "programmes.list", arrange: async () => ({ input: {} }) },
  {
    path: "programmes.get",
    arrange: async (world) => {
      const { programme } = await createProgramme(await getTestDb(), { ownerId: world.council.id, published: false });
      return {
        input: { id: programme.id },
        resource: { kind: "programme", councilId: world.council.id, countyId: world.county.id, published: false },
      };
    },
  },
];
