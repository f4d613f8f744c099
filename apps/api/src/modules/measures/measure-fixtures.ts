import { insertBudgetLine, insertIndicator, insertMembership, upsertIndicatorValue, type MeasureRow, type ProgrammeRow } from "@samspill/db";
import { createMeasure, createMeasurePart, createOrganisation, createProgramme, getTestDb } from "@samspill/db/testing";
import type { Resource } from "@samspill/domain";

// Test data for measures and indicators, shared by behaviour tests and security cases: a
// council's draft programme with shared and local measures, parts, budget lines and indicators.

export interface Place {
  councilId: string;
  countyId: string;
}

export function measureAt(place: Place, scope: "shared" | "local", municipalityId: string | null, published = false): Resource {
  return { kind: "measure", councilId: place.councilId, countyId: place.countyId, municipalityId, scope, published };
}

export function partAt(place: Place, municipalityId: string, published = false): Resource {
  return { kind: "measure_part", councilId: place.councilId, countyId: place.countyId, municipalityId, published };
}

export function programmeAt(place: Place, published = false): Resource {
  return { kind: "programme", councilId: place.councilId, countyId: place.countyId, municipalityId: null, published };
}

export async function councilProgramme(councilId: string, published = false): Promise<{ programme: ProgrammeRow; goalId: string }> {
  const { programme, goals } = await createProgramme(await getTestDb(), { ownerId: councilId, focusAreaCount: 1, published });
  return { programme, goalId: goals[0]!.id };
}

export async function sharedMeasure(programme: ProgrammeRow, overrides: Partial<MeasureRow> = {}) {
  return createMeasure(await getTestDb(), { programmeId: programme.id, scope: "shared", ownerId: programme.ownerId, ...overrides });
}

export async function localMeasure(programme: ProgrammeRow, municipalityId: string) {
  return createMeasure(await getTestDb(), { programmeId: programme.id, scope: "local", ownerId: municipalityId });
}

export async function partOf(measure: MeasureRow, municipalityId: string) {
  return createMeasurePart(await getTestDb(), { measureId: measure.id, municipalityId });
}

export async function budgetLineOf(measure: MeasureRow, partId: string | null = null, year = 2025) {
  return insertBudgetLine(await getTestDb(), {
    measureId: measure.id, partId, year, amountMinor: 100_000_00, currency: "NOK", fundingSource: "council_funds",
  });
}

export async function outputIndicator(measure: MeasureRow, perMunicipality = false) {
  return insertIndicator(await getTestDb(), { kind: "output", measureId: measure.id, name: "Bedriftsbesøk", unit: "besøk", perMunicipality });
}

export async function outcomeIndicator(goalId: string) {
  return insertIndicator(await getTestDb(), { kind: "outcome", goalId, name: "Private arbeidsplasser", unit: "arbeidsplasser" });
}

export async function valueOf(indicatorId: string, measuredOn: string, value: number, municipalityId: string | null = null) {
  return upsertIndicatorValue(await getTestDb(), { indicatorId, measuredOn, value, municipalityId });
}

/** Hamarregionen in miniature: Innlandet, the council, and Stange and Hamar as members since 2020. */
export async function hamarregionen() {
  const db = await getTestDb();
  const county = await createOrganisation(db, { kind: "county", name: "Innlandet fylkeskommune" });
  const council = await createOrganisation(db, { kind: "regional_council", name: "Hamarregionen", countyId: county.id });
  const stange = await createOrganisation(db, { kind: "municipality", name: "Stange", countyId: county.id });
  const hamar = await createOrganisation(db, { kind: "municipality", name: "Hamar", countyId: county.id });
  for (const municipality of [stange, hamar]) {
    await insertMembership(db, { councilId: council.id, municipalityId: municipality.id, validFrom: "2020-01-01" });
  }
  return { county, council, stange, hamar };
}
