import type { Db } from "@samspill/db";
import {
  createCouncilWithMembers, createMeasure, createMeasurePart, createProgramme, createReportingPeriod, createUser, uniqueEmail,
} from "@samspill/db/testing";
import { localDate } from "@samspill/domain";

export const PASSWORD = "operations-test-password";

/** The local (Oslo) date `days` from now, as the reminder scan reads the calendar. */
function daysFromToday(days: number): string {
  return localDate(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
}

/**
 * A council whose two members share one measure in an adopted programme, with a reporting
 * period due in three days — within the default reminder lead time — and nothing reported yet:
 * each member's two contributors are due one reminder today. The secretariat signs in.
 */
export async function councilDueForReminders(db: Db) {
  const { council, municipalities } = await createCouncilWithMembers(db, { memberCount: 2 });
  const { programme } = await createProgramme(db, {
    ownerId: council.id, status: "adopted", published: true, periodStart: daysFromToday(-365), periodEnd: daysFromToday(365), focusAreaCount: 0,
  });
  const measure = await createMeasure(db, { programmeId: programme.id, ownerId: council.id, scope: "shared" });
  const contributors = [];
  for (const municipality of municipalities) {
    await createMeasurePart(db, { measureId: measure.id, municipalityId: municipality.id });
    for (let count = 0; count < 2; count += 1) {
      contributors.push(await createUser(db, { organisationId: municipality.id, role: "municipality_contributor" }));
    }
  }
  await createReportingPeriod(db, {
    councilId: council.id, name: "T1", periodStart: daysFromToday(-60), periodEnd: daysFromToday(-5), deadline: daysFromToday(3),
  });
  const secretariat = await createUser(db, { organisationId: council.id, role: "secretariat", email: uniqueEmail(), password: PASSWORD });
  return { council, programme, measure, contributors, secretariat };
}
