import { createOrganisation, getTestDb } from "@samspill/db/testing";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";
import {
  agreementWith, dialogueMeetingIn, fundingIn, measureOf, obligationIn, requirementIn, type AgreementFixture,
} from "./agreement-fixtures.js";

// Agreements of the world's county, some held with its council and some with the
// contributor's municipality, so both kinds of counterpart meet every role.

const withCouncil = (world: SecurityWorld) => agreementWith(world.county.id, { id: world.council.id, kind: "regional_council" });
const withMunicipality = (world: SecurityWorld) =>
  agreementWith(world.county.id, { id: world.municipality.id, kind: "municipality" });

function on(make: (world: SecurityWorld) => Promise<AgreementFixture>, input: (fixture: AgreementFixture) => Promise<unknown> | unknown) {
  return async (world: SecurityWorld) => {
    const fixture = await make(world);
    return { input: await input(fixture), resource: fixture.resource };
  };
}

const versioned = (row: { id: string; version: number }) => ({ id: row.id, version: row.version });

export const securityCases: SecurityCase[] = [
  {
    path: "agreements.list",
    arrange: async (world) => ({
      input: { partyId: world.council.id },
      resource: { kind: "agreement", countyId: null, councilId: world.council.id, municipalityId: null },
    }),
  },
  { path: "agreements.get", arrange: on(withMunicipality, (fixture) => ({ id: fixture.agreementId })) },
  {
    path: "agreements.partyOptions",
    arrange: async (world) => ({
      input: { countyId: world.county.id },
      resource: { kind: "agreement", countyId: world.county.id, councilId: null, municipalityId: null },
    }),
  },
  { path: "agreements.measureOptions", arrange: on(withCouncil, (fixture) => ({ agreementId: fixture.agreementId })) },
  {
    path: "agreements.create",
    arrange: async (world) => ({
      input: {
        countyId: world.county.id, title: "Partnerskapsavtale 2025–2028", periodStart: "2025-01-01", periodEnd: "2028-12-31",
        parties: [{ organisationId: world.municipality.id, signatoryName: "Ordfører" }],
      },
      resource: { kind: "agreement", countyId: world.county.id, councilId: null, municipalityId: world.municipality.id },
    }),
  },
  { path: "agreements.update", arrange: on(withCouncil, (f) => ({ id: f.agreementId, version: f.version, status: "expired" })) },
  {
    path: "agreements.addParty",
    arrange: on(withMunicipality, async (f) => ({
      agreementId: f.agreementId, organisationId: (await createOrganisation(await getTestDb(), { kind: "partner" })).id,
    })),
  },
  {
    path: "agreements.updateParty",
    arrange: on(withCouncil, (f) => ({ id: f.partyRowIds[1], version: 1, signatoryName: "Leder", signedOn: "2024-03-14" })),
  },
  {
    path: "agreements.removeParty",
    arrange: async (world) => {
      const partner = await createOrganisation(await getTestDb(), { kind: "partner" });
      const fixture = await agreementWith(world.county.id, { id: world.council.id, kind: "regional_council" }, [partner.id]);
      return { input: { id: fixture.partyRowIds[2], version: 1 }, resource: fixture.resource };
    },
  },
  {
    path: "agreements.addObligation",
    arrange: on(withMunicipality, (f) => ({ agreementId: f.agreementId, partyId: f.counterpartId, title: "Rapportere årlig" })),
  },
  { path: "agreements.updateObligation", arrange: on(withCouncil, async (f) => ({ ...versioned(await obligationIn(f)), title: "Ny tittel" })) },
  { path: "agreements.removeObligation", arrange: on(withCouncil, async (f) => versioned(await obligationIn(f))) },
  {
    path: "agreements.setFundingCommitment",
    arrange: on(withCouncil, (f) => ({
      agreementId: f.agreementId, year: 2025, source: "county_partnership_funds", amount: { amountMinor: 150_000_000, currency: "NOK" },
    })),
  },
  { path: "agreements.removeFundingCommitment", arrange: on(withMunicipality, async (f) => versioned(await fundingIn(f))) },
  {
    path: "agreements.addReportingRequirement",
    arrange: on(withCouncil, (f) => ({ agreementId: f.agreementId, title: "Årsrapport 2025", dueDate: "2026-03-01" })),
  },
  {
    path: "agreements.updateReportingRequirement",
    arrange: on(withMunicipality, async (f) => ({ ...versioned(await requirementIn(f)), fulfilledOn: "2025-02-25" })),
  },
  { path: "agreements.removeReportingRequirement", arrange: on(withCouncil, async (f) => versioned(await requirementIn(f))) },
  {
    path: "agreements.addDialogueMeeting",
    arrange: on(withCouncil, (f) => ({ agreementId: f.agreementId, heldOn: "2025-10-16", title: "Dialogmøte høsten 2025" })),
  },
  {
    path: "agreements.updateDialogueMeeting",
    arrange: on(withMunicipality, async (f) => ({ ...versioned(await dialogueMeetingIn(f)), summary: "Status for tiltakene" })),
  },
  { path: "agreements.removeDialogueMeeting", arrange: on(withCouncil, async (f) => versioned(await dialogueMeetingIn(f))) },
  {
    path: "agreements.linkObligationToMeasure",
    arrange: on(withCouncil, async (f) => {
      const obligation = await obligationIn(f);
      const measure = await measureOf(f.counterpartId);
      return { obligationId: obligation.id, measureId: measure.id };
    }),
  },
  {
    path: "agreements.unlinkObligationFromMeasure",
    arrange: on(withMunicipality, async (f) => {
      const obligation = await obligationIn(f);
      const measure = await measureOf(f.counterpartId, obligation.id);
      return { obligationId: obligation.id, measureId: measure.id };
    }),
  },
];
