import { sql, type Kysely } from "kysely";

// Numbers that move, in the same transaction, with every row the reporting figures are computed
// from (`figures/expected-reports.ts`): one per council for its reporting periods, its programmes,
// their measures and parts, the reports that close a measure or part (they end later periods'
// expected reports), and the names and counties of organisations; and one per reporting period
// for the reports of that period. The dashboards keep each period's tallies and each council's
// overdue list between requests and recompute them only when a number they were computed at has
// moved (`figures/reporting-cache.ts`), so at national scale a dashboard reads a few small rows
// instead of tens of thousands of expected reports — and never shows figures older than the data.
// A draft saved in the open period moves only that period's number.
//
// The triggers are per statement, over the statement's changed rows, so a programme of a thousand
// measures moves its council's number once. Each statement takes the rows in id order, so two
// statements never wait on each other's rows in opposite orders.

const touch = (table: string, councils: (rows: string) => string) => `
  CREATE FUNCTION ${table}_moves_reporting() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM move_reporting_revision(ARRAY(${councils("new_rows")}));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM move_reporting_revision(ARRAY(${councils("old_rows")}));
    ELSE
      PERFORM move_reporting_revision(ARRAY(${councils("new_rows")} UNION ${councils("old_rows")}));
    END IF;
    RETURN NULL;
  END $$`;

const triggers = (table: string) => [
  `CREATE TRIGGER ${table}_inserted_moves_reporting AFTER INSERT ON ${table}
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_moves_reporting()`,
  `CREATE TRIGGER ${table}_updated_moves_reporting AFTER UPDATE ON ${table}
     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_moves_reporting()`,
  `CREATE TRIGGER ${table}_deleted_moves_reporting AFTER DELETE ON ${table}
     REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_moves_reporting()`,
];

/** How each table's changed rows name the councils (or periods) whose figures they feed. */
const COUNCILS_OF: Record<string, (rows: string) => string> = {
  reporting_period: (rows) => `SELECT t.council_id FROM ${rows} t`,
  programme: (rows) => `SELECT t.owner_id FROM ${rows} t`,
  measure: (rows) => `SELECT pr.owner_id FROM ${rows} t JOIN programme pr ON pr.id = t.programme_id`,
  measure_part: (rows) =>
    `SELECT pr.owner_id FROM ${rows} t JOIN measure m ON m.id = t.measure_id JOIN programme pr ON pr.id = m.programme_id`,
  status_report: (rows) => `SELECT t.period_id FROM ${rows} t UNION
    SELECT p.council_id FROM ${rows} t JOIN reporting_period p ON p.id = t.period_id
    WHERE t.workflow_status = 'approved' AND t.measure_status IN ('completed', 'cancelled')`,
};

const statements = [
  // `id` is a council's or a reporting period's.
  `CREATE TABLE reporting_revision (
     id uuid PRIMARY KEY,
     revision bigint NOT NULL
   )`,
  // Every organisation starts with a number, so the one trigger that moves them all (below) also
  // reaches councils whose rows have not changed since.
  `INSERT INTO reporting_revision (id, revision) SELECT id, 1 FROM organisation`,
  `CREATE FUNCTION move_reporting_revision(ids uuid[]) RETURNS void LANGUAGE sql AS $$
     INSERT INTO reporting_revision (id, revision)
     SELECT DISTINCT id, 1 FROM unnest(ids) AS id WHERE id IS NOT NULL ORDER BY id
     ON CONFLICT (id) DO UPDATE SET revision = reporting_revision.revision + 1
   $$`,
  ...Object.entries(COUNCILS_OF).flatMap(([table, councils]) => [touch(table, councils), ...triggers(table)]),
  // A renamed organisation or one moved to another county changes names and county scopes on
  // every dashboard that lists it; rare enough to move every number (locked in id order too).
  `CREATE FUNCTION organisation_moves_reporting() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM 1 FROM reporting_revision ORDER BY id FOR UPDATE;
     UPDATE reporting_revision SET revision = revision + 1;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER organisation_moves_reporting AFTER UPDATE ON organisation FOR EACH ROW
     WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.county_id IS DISTINCT FROM NEW.county_id)
     EXECUTE FUNCTION organisation_moves_reporting()`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TRIGGER IF EXISTS organisation_moves_reporting ON organisation`).execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS organisation_moves_reporting()`).execute(db);
  for (const table of Object.keys(COUNCILS_OF)) {
    for (const event of ["inserted", "updated", "deleted"]) {
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_${event}_moves_reporting ON ${table}`).execute(db);
    }
    await sql.raw(`DROP FUNCTION IF EXISTS ${table}_moves_reporting()`).execute(db);
  }
  await sql.raw(`DROP FUNCTION IF EXISTS move_reporting_revision(uuid[])`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS reporting_revision`).execute(db);
}
