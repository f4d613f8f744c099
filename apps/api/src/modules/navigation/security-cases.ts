import type { SecurityCase } from "../../security/security-case.js";

export const securityCases: SecurityCase[] = [{ path: "navigation.get", arrange: async () => ({ input: undefined }) }];
