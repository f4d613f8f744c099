import { Migrator, type Migration, type MigrationProvider } from "kysely/migration";
import type { Db } from "./create-db.js";
import * as foundation from "../migrations/0001-foundation.js";
import * as sessions from "../migrations/0002-sessions.js";
import * as notifications from "../migrations/0003-notifications.js";
import * as reportSpending from "../migrations/0004-report-spending.js";
import * as documentTextsAndLogos from "../migrations/0005-document-texts-and-logos.js";
import * as decisionLinks from "../migrations/0006-decision-links.js";
import * as identityProviders from "../migrations/0007-identity-providers.js";
import * as fileRequests from "../migrations/0008-file-requests.js";
import * as closingReportsIndex from "../migrations/0009-closing-reports-index.js";
import * as reportingRevision from "../migrations/0010-reporting-revision.js";

// Migrations are listed here in order rather than read from disk, so bundlers and tsx see the
// same set and a missing file is a compile error.
const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-sessions": sessions,
  "0003-notifications": notifications,
  "0004-report-spending": reportSpending,
  "0005-document-texts-and-logos": documentTextsAndLogos,
  "0006-decision-links": decisionLinks,
  "0007-identity-providers": identityProviders,
  "0008-file-requests": fileRequests,
  "0009-closing-reports-index": closingReportsIndex,
  "0010-reporting-revision": reportingRevision,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date; safe to run at every start, and from several instances starting
 * at once: on a server, Kysely's migrator holds a PostgreSQL advisory lock while it migrates (the
 * others wait, then find nothing to do); the embedded database belongs to one process, whose
 * single connection runs one migration at a time (`migrate.test.ts`).
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed`, { cause: error });
  }
}
