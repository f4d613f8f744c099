import { sql, type Kysely } from "kysely";

// The whole domain model of the foundation. Statements run one by one because the embedded
// driver (PGlite) executes one statement per query. Never edit this file once landed: add a
// new migration instead.

const statements = [
  `CREATE EXTENSION IF NOT EXISTS btree_gist`,

  // Organisations: codes are unique per country and validity period, never keyed on names.
  `CREATE TABLE organisation (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('county','regional_council','municipality','partner')),
    country text NOT NULL CHECK (country IN ('NO','SE')),
    code text CHECK (code ~ '^[0-9]{2}([0-9]{2})?$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    short_name text,
    language_form text NOT NULL CHECK (language_form IN ('nb','nn','sv')),
    county_id uuid REFERENCES organisation(id),
    description text NOT NULL DEFAULT '',
    website text,
    valid_from date NOT NULL DEFAULT DATE '1900-01-01',
    valid_to date,
    slug text UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT organisation_code_unique_per_period EXCLUDE USING gist (
      country WITH =, code WITH =, daterange(valid_from, valid_to, '[]') WITH &&
    ) WHERE (code IS NOT NULL)
  )`,
  `CREATE INDEX organisation_kind_country_idx ON organisation (kind, country, name)`,
  `CREATE INDEX organisation_county_idx ON organisation (county_id)`,

  `CREATE TABLE membership (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    council_id uuid NOT NULL REFERENCES organisation(id),
    municipality_id uuid NOT NULL REFERENCES organisation(id),
    valid_from date NOT NULL,
    valid_to date,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT membership_no_overlap EXCLUDE USING gist (
      council_id WITH =, municipality_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&
    )
  )`,
  `CREATE INDEX membership_municipality_idx ON membership (municipality_id)`,

  `CREATE TABLE app_user (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL REFERENCES organisation(id),
    email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role text NOT NULL CHECK (role IN ('secretariat','municipality_contributor','county_official','council_member','admin')),
    language text CHECK (language IN ('nb','nn','sv','en')),
    password_hash text,
    active boolean NOT NULL DEFAULT true,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_email_unique UNIQUE (email)
  )`,
  `CREATE INDEX app_user_organisation_idx ON app_user (organisation_id)`,

  // Partnership agreements between a county and a council or a municipality.
  `CREATE TABLE partnership_agreement (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    county_id uuid NOT NULL REFERENCES organisation(id),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','active','expired')),
    period_start date NOT NULL,
    period_end date NOT NULL,
    case_number text,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start)
  )`,
  `CREATE INDEX partnership_agreement_county_idx ON partnership_agreement (county_id)`,

  `CREATE TABLE agreement_party (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement_id uuid NOT NULL REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation(id),
    signatory_name text,
    signatory_title text,
    signed_on date,
    version integer NOT NULL DEFAULT 1,
    UNIQUE (agreement_id, organisation_id)
  )`,
  `CREATE INDEX agreement_party_organisation_idx ON agreement_party (organisation_id)`,

  `CREATE TABLE obligation (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement_id uuid NOT NULL REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    party_id uuid NOT NULL REFERENCES organisation(id),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX obligation_agreement_idx ON obligation (agreement_id, position)`,

  `CREATE TABLE funding_commitment (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement_id uuid NOT NULL REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    source text NOT NULL CHECK (source IN ('council_funds','county_partnership_funds','municipal_own_contribution','external')),
    source_name text NOT NULL DEFAULT '',
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency text NOT NULL CHECK (currency IN ('NOK','SEK','EUR')),
    version integer NOT NULL DEFAULT 1,
    UNIQUE (agreement_id, year, source, source_name)
  )`,

  `CREATE TABLE reporting_requirement (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement_id uuid NOT NULL REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '',
    due_date date NOT NULL,
    fulfilled_on date,
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX reporting_requirement_agreement_idx ON reporting_requirement (agreement_id, due_date)`,

  `CREATE TABLE dialogue_meeting (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agreement_id uuid NOT NULL REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    held_on date NOT NULL,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    summary text NOT NULL DEFAULT '',
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX dialogue_meeting_agreement_idx ON dialogue_meeting (agreement_id, held_on)`,

  // Strategy → action programme → focus areas → goals → measures.
  `CREATE TABLE strategy (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id uuid NOT NULL REFERENCES organisation(id),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    vision text NOT NULL DEFAULT '',
    overarching_goal text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    period_start date,
    period_end date,
    published boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
  )`,
  `CREATE INDEX strategy_owner_idx ON strategy (owner_id)`,

  `CREATE TABLE programme (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id uuid NOT NULL REFERENCES organisation(id),
    strategy_id uuid REFERENCES strategy(id),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    introduction text NOT NULL DEFAULT '',
    period_start date NOT NULL,
    period_end date NOT NULL,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','adopted','superseded')),
    revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
    predecessor_id uuid REFERENCES programme(id),
    adopted_decision_id uuid,
    published boolean NOT NULL DEFAULT false,
    published_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start),
    CHECK (status = 'draft' OR adopted_decision_id IS NOT NULL)
  )`,
  `CREATE INDEX programme_owner_idx ON programme (owner_id, period_start)`,
  `CREATE UNIQUE INDEX programme_one_successor_idx ON programme (predecessor_id) WHERE predecessor_id IS NOT NULL`,

  `CREATE TABLE programme_role (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation(id),
    role text NOT NULL CHECK (role IN ('owner','coordinator','contributor','funder','advisor')),
    responsibility text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 1,
    UNIQUE (programme_id, organisation_id, role)
  )`,

  `CREATE TABLE focus_area (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    parent_id uuid,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    heading text,
    description text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    predecessor_id uuid REFERENCES focus_area(id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- Composite keys keep a sub-theme, goal or measure inside its own programme's tree.
    UNIQUE (programme_id, id),
    FOREIGN KEY (programme_id, parent_id) REFERENCES focus_area(programme_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX focus_area_programme_idx ON focus_area (programme_id, parent_id, position)`,

  `CREATE TABLE goal (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    focus_area_id uuid,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    description text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    predecessor_id uuid REFERENCES goal(id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (programme_id, focus_area_id) REFERENCES focus_area(programme_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX goal_programme_idx ON goal (programme_id, focus_area_id, position)`,

  `CREATE TABLE measure (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    focus_area_id uuid,
    scope text NOT NULL CHECK (scope IN ('shared','local')),
    owner_id uuid NOT NULL REFERENCES organisation(id),
    responsible_organisation_id uuid REFERENCES organisation(id),
    responsible_person text NOT NULL DEFAULT '',
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '',
    start_date date,
    end_date date,
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','completed','delayed','cancelled')),
    progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    sdg_goals integer[] NOT NULL DEFAULT '{}' CHECK (sdg_goals <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]),
    position integer NOT NULL DEFAULT 0,
    predecessor_id uuid REFERENCES measure(id),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    FOREIGN KEY (programme_id, focus_area_id) REFERENCES focus_area(programme_id, id) ON DELETE SET NULL (focus_area_id)
  )`,
  `CREATE INDEX measure_programme_idx ON measure (programme_id, focus_area_id, position)`,
  `CREATE INDEX measure_owner_idx ON measure (owner_id)`,

  `CREATE TABLE measure_goal (
    measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, goal_id)
  )`,
  `CREATE INDEX measure_goal_goal_idx ON measure_goal (goal_id)`,

  `CREATE TABLE measure_obligation (
    measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    obligation_id uuid NOT NULL REFERENCES obligation(id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, obligation_id)
  )`,
  `CREATE INDEX measure_obligation_obligation_idx ON measure_obligation (obligation_id)`,

  `CREATE TABLE measure_part (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    municipality_id uuid NOT NULL REFERENCES organisation(id),
    description text NOT NULL DEFAULT '',
    contact_name text NOT NULL DEFAULT '',
    contact_email text,
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','completed','delayed','cancelled')),
    progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    budget_share_minor bigint CHECK (budget_share_minor >= 0),
    currency text CHECK (currency IN ('NOK','SEK','EUR')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (measure_id, municipality_id),
    UNIQUE (measure_id, id),
    CHECK ((budget_share_minor IS NULL) = (currency IS NULL))
  )`,
  `CREATE INDEX measure_part_municipality_idx ON measure_part (municipality_id)`,

  `CREATE TABLE budget_line (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    part_id uuid,
    year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    currency text NOT NULL CHECK (currency IN ('NOK','SEK','EUR')),
    funding_source text NOT NULL CHECK (funding_source IN ('council_funds','county_partnership_funds','municipal_own_contribution','external')),
    description text NOT NULL DEFAULT '',
    version integer NOT NULL DEFAULT 1,
    -- A budget line of a part belongs to that part's own measure.
    FOREIGN KEY (measure_id, part_id) REFERENCES measure_part(measure_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX budget_line_measure_idx ON budget_line (measure_id, year)`,

  // Indicators: outcome indicators sit on goals, output indicators on measures.
  `CREATE TABLE indicator (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('outcome','output')),
    goal_id uuid REFERENCES goal(id) ON DELETE CASCADE,
    measure_id uuid REFERENCES measure(id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    unit text NOT NULL DEFAULT '',
    baseline numeric,
    baseline_date date,
    target numeric,
    target_date date,
    source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','ssb','kolada')),
    source_ref jsonb,
    per_municipality boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'outcome' AND goal_id IS NOT NULL AND measure_id IS NULL)
        OR (kind = 'output' AND measure_id IS NOT NULL AND goal_id IS NULL))
  )`,
  `CREATE INDEX indicator_goal_idx ON indicator (goal_id)`,
  `CREATE INDEX indicator_measure_idx ON indicator (measure_id)`,

  // Follow-up cycle.
  `CREATE TABLE reporting_period (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    council_id uuid NOT NULL REFERENCES organisation(id),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    period_start date NOT NULL,
    period_end date NOT NULL,
    deadline date NOT NULL,
    version integer NOT NULL DEFAULT 1,
    CHECK (period_end >= period_start),
    CHECK (deadline >= period_start),
    UNIQUE (council_id, name)
  )`,

  `CREATE TABLE status_report (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    period_id uuid NOT NULL REFERENCES reporting_period(id),
    measure_id uuid NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    part_id uuid,
    organisation_id uuid NOT NULL REFERENCES organisation(id),
    author_id uuid REFERENCES app_user(id),
    workflow_status text NOT NULL DEFAULT 'draft' CHECK (workflow_status IN ('draft','submitted','returned','approved')),
    measure_status text NOT NULL CHECK (measure_status IN ('planned','in_progress','completed','delayed','cancelled')),
    progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
    narrative text NOT NULL DEFAULT '',
    spent_minor bigint NOT NULL DEFAULT 0 CHECK (spent_minor >= 0),
    currency text NOT NULL CHECK (currency IN ('NOK','SEK','EUR')),
    submitted_at timestamptz,
    late boolean NOT NULL DEFAULT false,
    reviewed_at timestamptz,
    reviewed_by uuid REFERENCES app_user(id),
    return_comment text,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT status_report_one_per_period UNIQUE NULLS NOT DISTINCT (period_id, measure_id, part_id),
    CHECK (workflow_status <> 'returned' OR length(coalesce(return_comment, '')) > 0),
    FOREIGN KEY (measure_id, part_id) REFERENCES measure_part(measure_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX status_report_measure_idx ON status_report (measure_id)`,
  `CREATE INDEX status_report_organisation_idx ON status_report (organisation_id, period_id)`,

  `CREATE TABLE indicator_value (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    indicator_id uuid NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    municipality_id uuid REFERENCES organisation(id),
    measured_on date NOT NULL,
    value numeric,
    status text,
    source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','ssb','kolada')),
    imported_at timestamptz,
    report_id uuid REFERENCES status_report(id) ON DELETE SET NULL,
    version integer NOT NULL DEFAULT 1,
    CHECK (value IS NOT NULL OR status IS NOT NULL),
    CONSTRAINT indicator_value_one_per_date UNIQUE NULLS NOT DISTINCT (indicator_id, municipality_id, measured_on)
  )`,

  // Council meetings and decisions.
  `CREATE TABLE meeting (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    council_id uuid NOT NULL REFERENCES organisation(id),
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 200),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    held_on date NOT NULL,
    location text NOT NULL DEFAULT '',
    published boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX meeting_council_idx ON meeting (council_id, held_on)`,

  `CREATE TABLE agenda_item (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    case_number text NOT NULL CHECK (case_number ~ '^[0-9]{1,4}/[0-9]{2,4}$'),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, case_number)
  )`,

  `CREATE TABLE decision (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    text text NOT NULL CHECK (length(text) >= 1),
    decided_on date NOT NULL,
    adopts_programme_id uuid REFERENCES programme(id),
    published boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX decision_agenda_item_idx ON decision (agenda_item_id)`,
  `CREATE INDEX decision_programme_idx ON decision (adopts_programme_id)`,
  `ALTER TABLE programme ADD CONSTRAINT programme_adopted_decision_fk
    FOREIGN KEY (adopted_decision_id) REFERENCES decision(id)`,

  // Comments and attachments hang on any subject by type and id.
  `CREATE TABLE comment (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    author_id uuid NOT NULL REFERENCES app_user(id),
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX comment_subject_idx ON comment (subject_type, subject_id, created_at)`,

  `CREATE TABLE attachment (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type text NOT NULL,
    size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
    storage_key text NOT NULL UNIQUE,
    uploaded_by uuid REFERENCES app_user(id),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX attachment_subject_idx ON attachment (subject_type, subject_id)`,

  // The audit log is append-only: the database itself refuses to change or remove a row.
  `CREATE TABLE audit_event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id uuid,
    organisation_id uuid,
    action text NOT NULL,
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    before jsonb,
    after jsonb,
    request_id text
  )`,
  `CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, occurred_at)`,
  `CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, occurred_at)`,
  `CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
    END
  $$`,
  `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
  `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    "audit_event", "attachment", "comment", "indicator_value", "status_report", "reporting_period",
    "indicator", "budget_line", "measure_part", "measure_obligation", "measure_goal", "measure",
    "goal", "focus_area", "programme_role", "decision", "agenda_item", "meeting", "programme", "strategy",
    "dialogue_meeting", "reporting_requirement", "funding_commitment", "obligation",
    "agreement_party", "partnership_agreement", "app_user", "membership", "organisation",
  ];
  for (const table of tables) await sql.raw(`DROP TABLE IF EXISTS ${table} CASCADE`).execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS audit_event_is_append_only()`).execute(db);
}
