import {
  createCouncilWithMembers, createMeasure, createMeasurePart, createOrganisation, createProgramme, createReportingPeriod,
  createStatusReport, createUser, getTestDb, uniqueName,
} from "@samspill/db/testing";
import { createMailer, type Mailer } from "../../mail/mailer.js";
import { deliverOutbox } from "../deliver-outbox.js";

// Reporting set-ups for the job tests, each in a year of its own far in the future so the
// scans, which look at every period in the shared test database, only find this test's period.

export function futureYear(): number {
  return 3000 + Math.floor(Math.random() * 6000);
}

/** A day as a Date at 08:00 UTC (09:00 in Oslo), so the local date is that day. */
export const morningOf = (isoDay: string): Date => new Date(`${isoDay}T08:00:00Z`);

/**
 * A Norwegian council with Stange and Hamar as members, sharing one measure; Hamar has
 * submitted its part for the period, Stange has not. Each has a contributor.
 */
export async function norwegianCouncil(year: number) {
  const db = await getTestDb();
  const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 2 });
  const stange = municipalities[0]!;
  const hamar = municipalities[1]!;
  const { programme } = await createProgramme(db, {
    ownerId: council.id, status: "adopted", periodStart: `${year}-01-01`, periodEnd: `${year + 1}-12-31`, focusAreaCount: 0,
  });
  const measure = await createMeasure(db, { programmeId: programme.id, title: uniqueName("Regional ladestruktur") });
  const stangePart = await createMeasurePart(db, { measureId: measure.id, municipalityId: stange.id });
  const hamarPart = await createMeasurePart(db, { measureId: measure.id, municipalityId: hamar.id });
  const period = await createReportingPeriod(db, {
    councilId: council.id, name: `T1 ${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-04-30`, deadline: `${year}-05-15`,
  });
  await createStatusReport(db, {
    measureId: measure.id, partId: hamarPart.id, periodId: period.id, organisationId: hamar.id, workflowStatus: "submitted",
    submittedAt: `${year}-05-02T10:00:00Z`,
  });
  const stangeContributor = await createUser(db, { organisationId: stange.id, role: "municipality_contributor", name: "Ola Nordmann" });
  const hamarContributor = await createUser(db, { organisationId: hamar.id, role: "municipality_contributor" });
  const secretariat = await createUser(db, { organisationId: council.id, role: "secretariat", name: "Kari Nordmann" });
  return { council, stange, hamar, programme, measure, stangePart, hamarPart, period, stangeContributor, hamarContributor, secretariat };
}

/** A Swedish municipality that runs its own programme (as Vimmerby does), with one local measure. */
export async function swedishMunicipality(year: number) {
  const db = await getTestDb();
  const county = await createOrganisation(db, { kind: "county", country: "SE" });
  const vimmerby = await createOrganisation(db, { kind: "municipality", country: "SE", countyId: county.id, name: uniqueName("Vimmerby kommun") });
  const { programme } = await createProgramme(db, {
    ownerId: vimmerby.id, status: "adopted", periodStart: `${year}-01-01`, periodEnd: `${year + 1}-12-31`, focusAreaCount: 0,
  });
  const measure = await createMeasure(db, { programmeId: programme.id, scope: "local", title: uniqueName("Laddinfrastruktur") });
  const period = await createReportingPeriod(db, {
    councilId: vimmerby.id, name: `${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, deadline: `${year + 1}-01-31`,
  });
  const user = await createUser(db, { organisationId: vimmerby.id, role: "secretariat", name: "Anna Svensson" });
  return { vimmerby, programme, measure, period, user };
}

export function testMailer(url: string): Mailer {
  const mailer = createMailer({ smtpUrl: url, from: "Samspill <noreply@test.samspill.invalid>" });
  if (!mailer) throw new Error("no mailer");
  return mailer;
}

/**
 * Sends everything due in the outbox (other tests' messages too: the database is shared),
 * batch after batch until nothing is left to try. "Now" is a second on by default: the
 * database keeps microseconds, a Date only milliseconds, so a "now" taken in the same
 * millisecond as an insert could fall just before the message is due.
 */
export async function drainOutbox(mailer: Mailer | undefined, now = new Date(Date.now() + 1000)): Promise<void> {
  const db = await getTestDb();
  for (;;) {
    const result = await deliverOutbox(db, mailer, now);
    if (result.sent + result.failed + result.held === 0) return;
  }
}
