import { sql, type Kysely } from "kysely";

// Reminders and notices (issue 5). Notices are written to the outbox in the same transaction as
// the change they report (transactional outbox); a job sends them. The unique dedupe key is what
// keeps a reminder for one user and period, or one week's digest, from going out twice.

const statements = [
  // One row per user who has changed anything; no row means every kind of notice is on.
  `CREATE TABLE notification_preference (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL UNIQUE REFERENCES app_user(id) ON DELETE CASCADE,
    reminders boolean NOT NULL DEFAULT true,
    report_reviews boolean NOT NULL DEFAULT true,
    comments boolean NOT NULL DEFAULT true,
    digest boolean NOT NULL DEFAULT true,
    version integer NOT NULL DEFAULT 1
  )`,

  // How many days before a deadline the council's contributors are reminded; no row means 7.
  `CREATE TABLE reminder_setting (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    council_id uuid NOT NULL UNIQUE REFERENCES organisation(id) ON DELETE CASCADE,
    days_before integer NOT NULL DEFAULT 7 CHECK (days_before BETWEEN 1 AND 60),
    version integer NOT NULL DEFAULT 1
  )`,

  `CREATE TABLE notification_outbox (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('reminder','report_returned','report_approved','comment','digest')),
    recipient_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
    recipient_email text NOT NULL CHECK (recipient_email LIKE '%_@_%'),
    language text NOT NULL CHECK (language IN ('nb','nn','sv','en')),
    subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body_text text NOT NULL,
    body_html text NOT NULL,
    dedupe_key text UNIQUE,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sent','failed','held')),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz DEFAULT now(),
    last_error text,
    sent_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
  )`,
  `CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE state IN ('pending','failed')`,
  `CREATE INDEX notification_outbox_created_idx ON notification_outbox (created_at DESC, id)`,
  `CREATE INDEX notification_outbox_recipient_idx ON notification_outbox (recipient_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS notification_outbox`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS reminder_setting`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS notification_preference`).execute(db);
}
