import { createUser, getTestDb, uniqueEmail } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import { TEST_PASSWORD } from "../../testing/harness.js";

export const securityCases: SecurityCase[] = [
  {
    path: "auth.signIn",
    arrange: async () => {
      const email = uniqueEmail();
      await createUser(await getTestDb(), { email, password: TEST_PASSWORD });
      return { input: { email, password: TEST_PASSWORD } };
    },
  },
  // Signing out ends the session it runs in, so it runs in a session of its own.
  { path: "auth.signOut", arrange: async () => ({ input: undefined, freshSession: true }) },
  { path: "auth.me", arrange: async () => ({ input: undefined }) },
  { path: "auth.signInOptions", arrange: async () => ({ input: { email: "someone@example.org" } }) },
];
