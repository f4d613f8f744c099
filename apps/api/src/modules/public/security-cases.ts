import { createProgramme, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

// Public reads: everyone, signed in or not, gets the same published data.

export const securityCases: SecurityCase[] = [
  { path: "public.councils", arrange: async () => ({ input: undefined }) },
  {
    path: "public.programme",
    arrange: async (world) => {
      const { programme } = await createProgramme(await getTestDb(), { ownerId: world.council.id, published: true });
      return { input: { id: programme.id } };
    },
  },
];
