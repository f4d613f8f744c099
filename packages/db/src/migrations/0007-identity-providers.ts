import { sql, type Kysely } from "kysely";

// Single sign-on through OpenID Connect. An identity provider is registered by the admin; the
// people it signs in are found by the provider's (issuer, subject) pair, never by e-mail alone.
// The client secret is stored encrypted (AES-256-GCM under SAMSPILL_SECRET_KEY) or named as an
// environment variable; at most one of the two. Sign-in attempts in flight keep their PKCE
// verifier and nonce here for ten minutes, found by the hash of their `state`. The installation's
// settings are one row, written at the first change (until then the defaults hold), so a freshly
// migrated database stays empty for a restore.

const statements = [
  `CREATE TABLE identity_provider (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    issuer text NOT NULL CHECK (issuer ~ '^https?://'),
    client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 300),
    client_secret_encrypted text,
    client_secret_env text CHECK (client_secret_env ~ '^SAMSPILL_OIDC_SECRET_[A-Z0-9_]+$'),
    scopes text NOT NULL DEFAULT 'openid profile email' CHECK (scopes ~ '(^| )openid( |$)'),
    acr_values text,
    email_claim text NOT NULL DEFAULT 'email',
    name_claim text NOT NULL DEFAULT 'name',
    email_domains text[] NOT NULL DEFAULT '{}',
    listed boolean NOT NULL DEFAULT true,
    create_users boolean NOT NULL DEFAULT false,
    new_user_role text CHECK (new_user_role IN ('secretariat','municipality_contributor','county_official','council_member')),
    new_user_organisation_id uuid REFERENCES organisation(id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(client_secret_encrypted, client_secret_env) <= 1),
    CHECK (NOT create_users OR (new_user_role IS NOT NULL AND new_user_organisation_id IS NOT NULL))
  )`,
  // The organisations whose people may sign in through the provider.
  `CREATE TABLE identity_provider_organisation (
    provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    PRIMARY KEY (provider_id, organisation_id)
  )`,
  `CREATE INDEX identity_provider_organisation_org_idx ON identity_provider_organisation (organisation_id)`,

  `CREATE TABLE user_identity (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    issuer text NOT NULL,
    subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_identity_issuer_subject_key UNIQUE (issuer, subject)
  )`,
  `CREATE INDEX user_identity_user_idx ON user_identity (user_id)`,

  `CREATE TABLE oidc_pending_sign_in (
    state_hash text PRIMARY KEY CHECK (state_hash ~ '^[0-9a-f]{64}$'),
    provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
    code_verifier text NOT NULL,
    nonce text NOT NULL,
    expires_at timestamptz NOT NULL
  )`,
  `CREATE INDEX oidc_pending_sign_in_expires_idx ON oidc_pending_sign_in (expires_at)`,

  // What signing out needs to end the provider's session too (RP-initiated logout).
  `CREATE TABLE oidc_session (
    session_id uuid PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
    provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
    id_token text NOT NULL
  )`,

  `ALTER TABLE organisation ADD COLUMN password_sign_in boolean NOT NULL DEFAULT true`,
  `CREATE TABLE installation_setting (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton),
    password_sign_in boolean NOT NULL DEFAULT true,
    version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["installation_setting", "oidc_session", "oidc_pending_sign_in", "user_identity", "identity_provider_organisation", "identity_provider"]) {
    await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
  }
  await sql.raw(`ALTER TABLE organisation DROP COLUMN IF EXISTS password_sign_in`).execute(db);
}
