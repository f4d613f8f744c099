import type { SecurityCase } from "../../security/security-case.js";

export const securityCases: SecurityCase[] = [
  { path: "organisations.list", arrange: async () => ({ input: { kind: "regional_council", limit: 5 } }) },
  { path: "organisations.get", arrange: async (world) => ({ input: { id: world.council.id } }) },
];
