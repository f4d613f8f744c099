import { sql, type Kysely } from "kysely";

// Files asked for in the last minute, per reader (a user, or an address when signed out). The
// count lives in the database rather than in each process, so instances behind one reverse
// proxy share it: a reader's thirty a minute are thirty in all, not thirty per instance. Rows
// older than a minute mean nothing and are deleted as readers come back (and once a minute).

const statements = [
  `CREATE TABLE file_request (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reader text NOT NULL CHECK (length(reader) BETWEEN 1 AND 200),
    asked_at timestamptz NOT NULL
  )`,
  `CREATE INDEX file_request_reader_idx ON file_request (reader, asked_at)`,
  `CREATE INDEX file_request_asked_idx ON file_request (asked_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS file_request`).execute(db);
}
