import { insertMembership } from "@samspill/db";
import { createOrganisation, getTestDb, uniqueName } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import { organisationWithLogo, PNG_1X1 } from "./logo-fixtures.js";

// Managing organisations and memberships is the admin's alone; everyone may read them. The
// mutations work on fresh organisations so the world's own council keeps its members.

const ORGANISATION = { kind: "organisation" } as const;

async function freshCouncilAndMunicipality() {
  const db = await getTestDb();
  const council = await createOrganisation(db, { kind: "regional_council" });
  const municipality = await createOrganisation(db, { kind: "municipality" });
  return { db, council, municipality };
}

export const securityCases: SecurityCase[] = [
  { path: "organisations.list", arrange: async () => ({ input: { kind: "regional_council", limit: 5 } }) },
  { path: "organisations.get", arrange: async (world) => ({ input: { id: world.council.id } }) },
  {
    path: "organisations.create",
    arrange: async (world) => ({
      input: { kind: "regional_council", country: "NO", name: uniqueName("Regionråd"), languageForm: "nb", countyId: world.county.id },
      resource: ORGANISATION,
    }),
  },
  {
    path: "organisations.update",
    arrange: async () => {
      const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
      return { input: { id: partner.id, version: partner.version, name: uniqueName("Næringsforening") }, resource: ORGANISATION };
    },
  },
  { path: "organisations.listMemberships", arrange: async (world) => ({ input: { councilId: world.council.id, history: true } }) },
  {
    path: "organisations.addMembership",
    arrange: async () => {
      const { council, municipality } = await freshCouncilAndMunicipality();
      return { input: { councilId: council.id, municipalityId: municipality.id, validFrom: "2024-01-01" }, resource: ORGANISATION };
    },
  },
  {
    path: "organisations.endMembership",
    arrange: async () => {
      const { db, council, municipality } = await freshCouncilAndMunicipality();
      const membership = await insertMembership(db, { councilId: council.id, municipalityId: municipality.id, validFrom: "2020-01-01" });
      return { input: { id: membership.id, version: membership.version, validTo: "2025-12-31" }, resource: ORGANISATION };
    },
  },
  { path: "organisations.logo", arrange: async () => ({ input: { organisationId: (await organisationWithLogo()).organisation.id } }) },
  {
    path: "organisations.setLogo",
    arrange: async () => {
      const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
      return { input: { organisationId: partner.id, version: 0, fileBase64: PNG_1X1 }, resource: ORGANISATION };
    },
  },
  {
    path: "organisations.removeLogo",
    arrange: async () => {
      const { organisation, logo } = await organisationWithLogo();
      return { input: { organisationId: organisation.id, version: logo.version }, resource: ORGANISATION };
    },
  },
];
