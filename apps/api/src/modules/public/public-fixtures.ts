import { randomUUID } from "node:crypto";
import { insertComment } from "@samspill/db";
import {
  createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod, createStatusReport, createUser,
  getTestDb, uniqueEmail, uniqueName,
} from "@samspill/db/testing";

// A council with one published programme and one draft, and around the published one the
// things the public must never see: a responsible person, a part's contact, a comment, a report.

export const SECRETS = {
  responsiblePerson: "Kari Hemmelig",
  contactName: "Ola Kontaktperson",
  contactEmail: "ola.kontakt@stange.kommune.no",
  comment: "Intern kommentar om budsjettet",
  narrative: "Rapporttekst som ikke er publisert",
  draftTitle: "Utkast til handlingsprogram",
};

export async function publishedCouncil() {
  const db = await getTestDb();
  const slug = `hamarregionen-${randomUUID().slice(0, 8)}`;
  const council = await createOrganisation(db, { kind: "regional_council", name: uniqueName("Hamarregionen"), slug });
  const stange = await createOrganisation(db, { kind: "municipality", name: uniqueName("Stange") });
  const { programme, focusAreas, goals } = await createProgramme(db, {
    ownerId: council.id, title: "Handlingsprogram 2024–2025", published: true, publishedAt: "2024-03-01T10:00:00Z", focusAreaCount: 1,
  });
  const measure = await createMeasure(db, {
    programmeId: programme.id, focusAreaId: focusAreas[0]?.id ?? null, title: "Regional ladestruktur", status: "in_progress", progress: 40,
    responsibleOrganisationId: council.id, responsiblePerson: SECRETS.responsiblePerson,
  });
  await createMeasurePart(db, {
    measureId: measure.id, municipalityId: stange.id, status: "delayed", progress: 20,
    contactName: SECRETS.contactName, contactEmail: SECRETS.contactEmail,
  });
  const author = await createUser(db, { role: "secretariat", organisationId: council.id, email: uniqueEmail() });
  await insertComment(db, { subjectType: "measure", subjectId: measure.id, authorId: author.id, body: SECRETS.comment });
  const period = await createReportingPeriod(db, { councilId: council.id });
  const report = await createStatusReport(db, {
    measureId: measure.id, periodId: period.id, workflowStatus: "submitted", narrative: SECRETS.narrative, submittedAt: "2025-01-10T10:00:00Z",
  });
  const draft = await createProgramme(db, { ownerId: council.id, title: SECRETS.draftTitle, published: false });
  return { council, slug, stange, programme, focusAreas, goals, measure, report, draft: draft.programme };
}

/** Fails naming the secret if any of them appears anywhere in a public answer. */
export function leakedSecrets(payload: string): string[] {
  return Object.values(SECRETS).filter((secret) => payload.includes(secret))
    .concat(["responsiblePerson", "contactName", "contactEmail", "narrative"].filter((field) => payload.includes(`"${field}"`)));
}
