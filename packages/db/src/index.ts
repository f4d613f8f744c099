// The public API of @samspill/db: the client, the table types and the repositories. Callers
// import from here (or `@samspill/db/testing`), never from a file inside the package.

export { createDb, dbOptionsFromEnv, defaultDataDir, embeddedPglite, type CreateDbOptions, type Db } from "./client/create-db.js";
export type { Database } from "./client/database.js";
export { countStatements, newStatementTally, type StatementTally } from "./client/statement-count.js";
export { DataDirInUseError } from "./client/data-dir-lock.js";
export { migrateToLatest } from "./client/migrate.js";

export { inTransaction } from "./shared/transaction.js";
export { writeBackup } from "./backup/backup.js";
export { BackupRefused, summariseDatabase, type BackupHeader, type TableSummary } from "./backup/backup-schema.js";
export { restoreBackup } from "./backup/restore.js";
export { databaseRefusalOf, isDatabaseUnavailable, isPostgresError, toDomainError, type DatabaseRefusal } from "./shared/database-error.js";
export { updateWithVersion, type VersionedPatch, type VersionedTable } from "./shared/update-with-version.js";
export type { Executor } from "./shared/executor.js";
export type { Page, PageInput } from "./shared/paging.js";

export type * from "./organisations/organisation.table.js";
export type * from "./organisations/membership.table.js";
export * from "./organisations/organisation.repository.js";
export * from "./organisations/membership.repository.js";
export * from "./organisations/sync-official-organisations.js";
export type { OfficialHolder, OfficialValues } from "./organisations/official-sync-plan.js";
export * from "./organisations/organisation-logo.repository.js";

export type * from "./agreements/agreement.table.js";
export * from "./agreements/agreement.repository.js";
export * from "./agreements/agreement-list.repository.js";
export * from "./agreements/agreement-parts.repository.js";
export * from "./agreements/agreement-options.repository.js";
export * from "./agreements/annual-report-text.repository.js";

export type * from "./programmes/strategy.table.js";
export type * from "./programmes/programme.table.js";
export * from "./programmes/programme.repository.js";
export * from "./programmes/programme-owner.repository.js";
export * from "./programmes/programme-tree.repository.js";
export * from "./programmes/programme-view.repository.js";
export * from "./programmes/programme-edit.repository.js";
export * from "./programmes/programme-revision.repository.js";

export type * from "./measures/measure.table.js";
export type * from "./measures/measure-part.table.js";
export type * from "./measures/budget-line.table.js";
export * from "./measures/measure.repository.js";
export * from "./measures/measure-part.repository.js";
export * from "./measures/budget-line.repository.js";
export * from "./measures/measure-page.repository.js";
export * from "./measures/measure-detail.repository.js";

export type * from "./indicators/indicator.table.js";
export * from "./indicators/indicator.repository.js";
export * from "./indicators/indicator-page.repository.js";
export * from "./indicators/indicator-import.repository.js";

export type * from "./reports/reporting-period.table.js";
export type * from "./reports/status-report.table.js";
export * from "./reports/reporting-period.repository.js";
export * from "./reports/status-report.repository.js";
export * from "./reports/status-report-page.repository.js";
export * from "./reports/report-spending.repository.js";
export * from "./reports/report-indicator.repository.js";
export * from "./dashboards/council-dashboard.repository.js";
export * from "./dashboards/county-dashboard.repository.js";
export * from "./dashboards/published-progress.repository.js";

export * from "./figures/reporting.repository.js";
export { ReportingCache } from "./figures/reporting-cache.js";
export * from "./figures/funds.repository.js";
export * from "./figures/measure-funds.repository.js";
export * from "./figures/measure-status.repository.js";
export * from "./figures/figures.js";

export type * from "./meetings/meeting.table.js";
export * from "./meetings/meeting.repository.js";
export * from "./meetings/meeting-edit.repository.js";
export * from "./meetings/decision-link.repository.js";

export type * from "./users/user.table.js";
export * from "./users/user.repository.js";
export type * from "./users/session.table.js";
export { SESSION_END_REASONS } from "./users/session.table.js";
export * from "./users/session.repository.js";
export { hashPassword, passwordNeedsRehash, verifyPassword } from "./users/password.js";
export * from "./limits/file-request.repository.js";

export type * from "./comments/comment.table.js";
export type * from "./comments/attachment.table.js";
export * from "./comments/comment.repository.js";

export type * from "./audit/audit-event.table.js";
export * from "./audit/audit.repository.js";

export * from "./notifications/notification.table.js";
export * from "./notifications/preference.repository.js";
export * from "./notifications/reminder-setting.repository.js";
export * from "./notifications/recipient.repository.js";
export * from "./notifications/outbox.repository.js";
export * from "./notifications/reminder.repository.js";
export * from "./notifications/digest.repository.js";

export type * from "./sign-in/identity-provider.table.js";
export * from "./sign-in/identity-provider.repository.js";
export * from "./sign-in/user-identity.repository.js";
export * from "./sign-in/oidc-sign-in.repository.js";
export * from "./sign-in/password-sign-in.repository.js";
