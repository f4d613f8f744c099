import { sql, type Kysely } from "kysely";

// What the generated documents need beyond the data they report on (issue 9): an
// organisation's logo for the title pages, and the texts the secretariat writes for the report
// to the county per agreement and reporting period — its summary, how it was approved, and
// who signs it where and when.

const statements = [
  // One logo per organisation, PNG or JPEG only (the API reads the type from the bytes), at most
  // 256 KiB, with its pixel size so a document can scale it without decoding it.
  `CREATE TABLE organisation_logo (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL UNIQUE REFERENCES organisation(id) ON DELETE CASCADE,
    mime_type text NOT NULL CHECK (mime_type IN ('image/png','image/jpeg')),
    bytes bytea NOT NULL,
    size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 262144),
    width integer NOT NULL CHECK (width BETWEEN 1 AND 10000),
    height integer NOT NULL CHECK (height BETWEEN 1 AND 10000),
    uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1,
    CHECK (octet_length(bytes) = size_bytes)
  )`,

  `CREATE TABLE annual_report_text (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement_id uuid NOT NULL REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    period_id uuid NOT NULL REFERENCES reporting_period(id) ON DELETE CASCADE,
    summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 20000),
    approval text NOT NULL DEFAULT '' CHECK (length(approval) <= 500),
    signatory_name text NOT NULL DEFAULT '' CHECK (length(signatory_name) <= 200),
    signatory_title text NOT NULL DEFAULT '' CHECK (length(signatory_title) <= 200),
    place text NOT NULL DEFAULT '' CHECK (length(place) <= 100),
    signed_on date,
    updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1,
    UNIQUE (agreement_id, period_id)
  )`,
  `CREATE INDEX annual_report_text_period_idx ON annual_report_text (period_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS annual_report_text`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS organisation_logo`).execute(db);
}
