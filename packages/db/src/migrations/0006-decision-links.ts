import { sql, type Kysely } from "kysely";

// What a council's decision concerns besides the programme it adopts (issue 9): the programmes,
// measures and agreements it is about, so each of them can list "Decisions: 12/23 …". One row
// per link with exactly one target, each a real foreign key: a measure deleted from a draft
// takes its links with it, and a link never points at nothing.

const statements = [
  `CREATE TABLE decision_link (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    decision_id uuid NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    programme_id uuid REFERENCES programme(id) ON DELETE CASCADE,
    measure_id uuid REFERENCES measure(id) ON DELETE CASCADE,
    agreement_id uuid REFERENCES partnership_agreement(id) ON DELETE CASCADE,
    position integer NOT NULL DEFAULT 0,
    CHECK (num_nonnulls(programme_id, measure_id, agreement_id) = 1)
  )`,
  `CREATE UNIQUE INDEX decision_link_programme_key ON decision_link (decision_id, programme_id) WHERE programme_id IS NOT NULL`,
  `CREATE UNIQUE INDEX decision_link_measure_key ON decision_link (decision_id, measure_id) WHERE measure_id IS NOT NULL`,
  `CREATE UNIQUE INDEX decision_link_agreement_key ON decision_link (decision_id, agreement_id) WHERE agreement_id IS NOT NULL`,
  `CREATE INDEX decision_link_programme_idx ON decision_link (programme_id) WHERE programme_id IS NOT NULL`,
  `CREATE INDEX decision_link_measure_idx ON decision_link (measure_id) WHERE measure_id IS NOT NULL`,
  `CREATE INDEX decision_link_agreement_idx ON decision_link (agreement_id) WHERE agreement_id IS NOT NULL`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS decision_link`).execute(db);
}
