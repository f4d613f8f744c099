import {
  insertBudgetLine, insertFocusArea, insertFundingCommitment, insertGoal, insertIndicator, insertMeasureObligationLink,
  insertObligation, insertStrategy, replaceReportedValues, setGoalsOfMeasure, updateWithVersion, type OrganisationRow,
} from "@samspill/db";
import {
  createAgreement, createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createStatusReport, getTestDb, uniqueName,
} from "@samspill/db/testing";
import { adoptDirectly } from "../programmes/programme-fixtures.js";

// A programme shaped like seed 004 (four focus areas with headings and sub-themes, a shared
// measure with parts and budget lines), and a council's period with reports in several states
// against a partnership agreement, for the document tests and security cases.

export const SEED_004_AREAS = [
  { title: "Befolkningsvekst", heading: "Attraktivitet", subThemes: ["Inkluderende bo- og arbeidsregion", "Samferdsel"] },
  { title: "Kompetanse og næringsutvikling", heading: "Utvikling", subThemes: ["Arenaer og nettverk", "Trippel Helix"] },
  { title: "Profilering og markedsføring", heading: "Synliggjøring", subThemes: ["Identitet", "Kommunikasjon"] },
  { title: "Diskusjonsarena", heading: "Samarbeid", subThemes: ["Felles mål", "Større region"] },
] as const;

export interface ProgrammeFixture {
  programmeId: string;
  measureId: string;
  title: string;
}

export async function seed004Programme(
  council: OrganisationRow,
  municipalities: readonly OrganisationRow[],
  options: { adopted?: boolean; published?: boolean } = {},
): Promise<ProgrammeFixture> {
  const db = await getTestDb();
  const strategy = await insertStrategy(db, { ownerId: council.id, title: "Strategi", vision: "Innlandets foretrukne bo- og arbeidsregion" });
  const title = uniqueName("Handlingsprogram 2022–2023");
  const { programme } = await createProgramme(db, {
    ownerId: council.id, strategyId: strategy.id, title, periodStart: "2022-01-01", periodEnd: "2023-12-31", focusAreaCount: 0,
    introduction: "Bærekraft er viktig i Hamarregionen.",
  });
  const areaIds: string[] = [];
  for (const [position, area] of SEED_004_AREAS.entries()) {
    const row = await insertFocusArea(db, { programmeId: programme.id, title: area.title, heading: area.heading, position });
    areaIds.push(row.id);
    for (const [index, theme] of area.subThemes.entries()) {
      await insertFocusArea(db, { programmeId: programme.id, parentId: row.id, title: theme, position: index });
    }
  }
  const goal = await insertGoal(db, { programmeId: programme.id, focusAreaId: areaIds[0], title: "Bedre samferdsel" });
  const measure = await createMeasure(db, {
    programmeId: programme.id, focusAreaId: areaIds[0], title: "Regional ladestruktur", responsiblePerson: "Kari Nordmann, daglig leder",
    startDate: "2022-01-01", endDate: "2026-12-31", status: "in_progress", progress: 55,
  });
  await setGoalsOfMeasure(db, measure.id, [goal.id]);
  for (const [year, amount] of [[2022, 250_000], [2023, 400_000]] as const) {
    await insertBudgetLine(db, { measureId: measure.id, year, amountMinor: amount * 100, currency: council.country === "SE" ? "SEK" : "NOK", fundingSource: "council_funds" });
  }
  for (const municipality of municipalities) {
    await createMeasurePart(db, {
      measureId: measure.id, municipalityId: municipality.id, description: `Ladepunkter i ${municipality.name}`,
      contactName: "Ola Nordmann", contactEmail: "ola@example.org",
    });
  }
  if (options.adopted) {
    const adopted = await adoptDirectly(programme, options.published ?? false);
    return { programmeId: adopted.id, measureId: measure.id, title };
  }
  if (options.published) await updateWithVersion(db, "programme", programme.id, programme.version, { published: true, publishedAt: new Date() });
  return { programmeId: programme.id, measureId: measure.id, title };
}

export interface AnnualReportFixture {
  agreementId: string;
  periodId: string;
  obligationTitle: string;
  obligationId: string;
  programmeId: string;
  measureId: string;
}

/**
 * The council's agreement with its county, an obligation fulfilled by a shared measure, funding
 * for 2024, and the period 2024 in which the first member's part is approved (with a narrative
 * and an indicator value) and the second member's is only submitted.
 */
export async function annualReportFixture(
  county: OrganisationRow,
  council: OrganisationRow,
  members: readonly [OrganisationRow, OrganisationRow],
  counterpart: OrganisationRow = council,
): Promise<AnnualReportFixture> {
  const db = await getTestDb();
  const { agreement } = await createAgreement(db, { countyId: county.id, partyIds: [counterpart.id], caseNumber: "24/00042" });
  const obligationTitle = uniqueName("Koordinere utviklingsarbeidet");
  const obligation = await insertObligation(db, { agreementId: agreement.id, partyId: counterpart.id, title: obligationTitle });
  await insertFundingCommitment(db, { agreementId: agreement.id, year: 2024, source: "county_partnership_funds", amountMinor: 200_000_000, currency: "NOK" });
  const { programme, focusAreas } = await createProgramme(db, { ownerId: council.id, status: "adopted", focusAreaCount: 1 });
  const measure = await createMeasure(db, { programmeId: programme.id, focusAreaId: focusAreas[0]?.id, title: "Regional ladestruktur" });
  await insertMeasureObligationLink(db, obligation.id, measure.id);
  const indicator = await insertIndicator(db, { kind: "output", measureId: measure.id, name: "Nye ladepunkter", unit: "ladepunkter", target: 120 });
  const period = await createReportingPeriod(db, { councilId: council.id });
  for (const [index, member] of members.entries()) {
    const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: member.id });
    const report = await createStatusReport(db, {
      measureId: measure.id, partId: part.id, periodId: period.id, organisationId: member.id,
      workflowStatus: index === 0 ? "approved" : "submitted", progress: 40, spending: [{ fundingSource: "county_partnership_funds", amountMinor: 19_000_000 }], currency: "NOK",
      narrative: `Ladepunkter i drift i ${member.name}.`, submittedAt: "2025-01-20T10:00:00Z",
      reviewedAt: index === 0 ? "2025-01-22T10:00:00Z" : null,
    });
    await replaceReportedValues(db, { id: report.id, municipalityId: member.id, measuredOn: "2024-12-31" }, [{ indicatorId: indicator.id, value: 17 + index }]);
  }
  return { agreementId: agreement.id, periodId: period.id, obligationTitle, obligationId: obligation.id, programmeId: programme.id, measureId: measure.id };
}
