import { createOrganisation, createUser, getTestDb, uniqueEmail, uniqueName } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";

// Every users procedure is the admin's alone ("manage users and organisations: admin only").
const USER = { kind: "user" } as const;

async function freshUser() {
  const db = await getTestDb();
  const council = await createOrganisation(db, { kind: "regional_council" });
  return createUser(db, { organisationId: council.id, role: "council_member" });
}

export const securityCases: SecurityCase[] = [
  {
    path: "users.endSessions",
    arrange: async (world) => {
      const user = await createUser(await getTestDb(), { organisationId: world.council.id });
      return { input: { userId: user.id }, resource: USER };
    },
  },
  { path: "users.list", arrange: async (world) => ({ input: { organisationId: world.council.id, limit: 5 }, resource: USER }) },
  {
    path: "users.create",
    arrange: async () => {
      const council = await createOrganisation(await getTestDb(), { kind: "regional_council" });
      return {
        input: { organisationId: council.id, email: uniqueEmail(), name: uniqueName("Rådsmedlem"), role: "council_member" },
        resource: USER,
      };
    },
  },
  {
    path: "users.update",
    arrange: async () => {
      const user = await freshUser();
      return { input: { id: user.id, version: user.version, name: uniqueName("Renamed"), language: "nn" }, resource: USER };
    },
  },
  {
    path: "users.setPassword",
    arrange: async () => {
      const user = await freshUser();
      return { input: { id: user.id, version: user.version, password: "a long enough passphrase" }, resource: USER };
    },
  },
];
