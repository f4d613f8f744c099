import { findOrganisationByCode, insertIndicator, insertMembership, type IndicatorRow } from "@samspill/db";
import { createOrganisation, getTestDb } from "@samspill/db/testing";
import type { SourceBindingSchema } from "@samspill/domain";
import type { z } from "zod";
import { isoDay } from "../../trpc/context.js";

// Test data for imports from official statistics: indicators bound to SSB or Kolada, and the
// municipalities the fixtures hold figures for, under their real codes.

type BindingInput = z.input<typeof SourceBindingSchema>;

/** An outcome indicator on a goal, bound to a source. */
export async function boundIndicator(goalId: string, binding: BindingInput, perMunicipality = false): Promise<IndicatorRow> {
  return insertIndicator(await getTestDb(), {
    kind: "outcome", goalId, name: "Folketall", unit: "personer", perMunicipality,
    source: binding.source, sourceRef: { at: "end", ...binding },
  });
}

/**
 * The municipality holding an official code today — an existing one, so that runs against a
 * server database, where codes are unique per period, do not collide with each other.
 */
export async function municipalityWithCode(country: "NO" | "SE", code: string, name: string) {
  const db = await getTestDb();
  return (await findOrganisationByCode(db, { country, code, on: isoDay(new Date()) }))
    ?? createOrganisation(db, { kind: "municipality", country, code, name, validFrom: "2024-01-01", languageForm: country === "SE" ? "sv" : "nb" });
}

/** A new council with the given members from 2020. */
export async function councilOf(...members: Array<{ id: string }>) {
  const db = await getTestDb();
  const council = await createOrganisation(db, { kind: "regional_council" });
  for (const member of members) await insertMembership(db, { councilId: council.id, municipalityId: member.id, validFrom: "2020-01-01" });
  return council;
}

/** Values of an indicator as compared in tests: everything an import writes. */
export async function valueRows(indicatorId: string) {
  const db = await getTestDb();
  return db
    .selectFrom("indicatorValue")
    .select(["municipalityId", "measuredOn", "value", "status", "source", "importedAt", "version"])
    .where("indicatorId", "=", indicatorId)
    .orderBy("municipalityId")
    .orderBy("measuredOn")
    .execute();
}
