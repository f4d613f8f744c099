import { sql, type Kysely } from "kysely";

// Sessions and sign-in attempts. A session row holds only the SHA-256 of its token, so a
// leaked database cannot be replayed as cookies; attempts feed rate limiting and the log.

const statements = [
  `CREATE TABLE session (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ended_at timestamptz,
    ended_reason text CHECK (ended_reason IN ('sign_out','ended_by_admin','idle','expired','password_reset','user_deactivated')),
    ip text NOT NULL DEFAULT '',
    user_agent text NOT NULL DEFAULT ''
  )`,
  `CREATE INDEX session_open_by_user_idx ON session (user_id) WHERE ended_at IS NULL`,

  `CREATE TABLE sign_in_attempt (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempted_at timestamptz NOT NULL DEFAULT now(),
    email text NOT NULL,
    ip text NOT NULL,
    succeeded boolean NOT NULL,
    user_id uuid REFERENCES app_user(id) ON DELETE SET NULL
  )`,
  `CREATE INDEX sign_in_attempt_email_idx ON sign_in_attempt (email, attempted_at)`,
  `CREATE INDEX sign_in_attempt_ip_idx ON sign_in_attempt (ip, attempted_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS sign_in_attempt`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS session`).execute(db);
}
