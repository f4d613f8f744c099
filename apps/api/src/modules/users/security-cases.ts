import { createUser, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

export const securityCases: SecurityCase[] = [
  {
    path: "users.endSessions",
    arrange: async (world) => {
      const user = await createUser(await getTestDb(), { organisationId: world.council.id });
      return { input: { userId: user.id }, resource: { kind: "user" } };
    },
  },
];
