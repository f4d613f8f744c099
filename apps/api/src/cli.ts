import { parseArgs } from "node:util";
import { createReadStream, createWriteStream } from "node:fs";
import path from "node:path";
import { createDb, dbOptionsFromEnv, migrateToLatest, restoreBackup, writeBackup, type BackupHeader } from "@samspill/db";
import { isDomainError } from "@samspill/domain";
import { createUserCommand, resetPasswordCommand } from "./cli/commands.js";
import { describeSync, syncOrganisationsCommand } from "./cli/sync-organisations.js";

// Operator commands: `pnpm --filter @samspill/api cli <command> …` against the configured
// database (DATABASE_URL, or the embedded one in SAMSPILL_DATA_DIR / .data/pglite).
const usage = `Usage:
  cli create-user --organisation <id|slug> --email <e-mail> --name <name> --role <role> [--language nb|nn|sv|en] [--password <pw>]
  cli reset-password --email <e-mail> [--password <pw>]
  cli sync-organisations --country NO|SE [--country …] [--dry-run]
  cli backup --file <path.jsonl.gz>
  cli restore --file <path.jsonl.gz>
Without --password a strong one is generated and printed once. sync-organisations brings the
counties and municipalities up to date with the official lists in packages/reference.
backup writes the whole database to one file; restore reads it into a new, empty database
(embedded or server, so it also moves an installation between them) and checks every table.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    organisation: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    language: { type: "string" },
    password: { type: "string" },
    country: { type: "string", multiple: true },
    "dry-run": { type: "boolean" },
    file: { type: "string" },
  },
});

function required(name: "organisation" | "email" | "name" | "role" | "file"): string {
  const value = values[name];
  if (!value) throw new Error(`--${name} is required\n\n${usage}`);
  return value;
}

/** A file named on the command line, from the folder the command was run in (pnpm runs the CLI in apps/api). */
function fileFromCommandLine(): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), required("file"));
}

function describeBackup(header: BackupHeader): string {
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  return `${header.tables.length} tables, ${rows} rows, schema ${header.migration}, taken ${header.createdAt}.`;
}

const db = createDb(dbOptionsFromEnv());
try {
  await migrateToLatest(db);
  const [command] = positionals;
  if (command === "create-user") {
    const { user, organisation, password } = await createUserCommand(db, {
      organisation: required("organisation"),
      email: required("email"),
      name: required("name"),
      role: required("role"),
      language: values.language,
      password: values.password,
    });
    process.stdout.write(`Created ${user.role} ${user.email} in ${organisation.name}.\nPassword: ${password}\n`);
  } else if (command === "reset-password") {
    const { user, password, endedSessions } = await resetPasswordCommand(db, {
      email: required("email"),
      password: values.password,
    });
    process.stdout.write(`New password for ${user.email}: ${password}\nEnded ${endedSessions} open session(s).\n`);
  } else if (command === "backup") {
    const file = fileFromCommandLine();
    const header = await writeBackup(db, createWriteStream(file, { flags: "wx" }));
    process.stdout.write(`${describeBackup(header)}\nWritten to ${file}.\n`);
  } else if (command === "restore") {
    const file = fileFromCommandLine();
    const header = await restoreBackup(db, createReadStream(file));
    process.stdout.write(`${describeBackup(header)}\nRestored from ${file}; every table's rows and checksum match the backup.\n`);
  } else if (command === "sync-organisations") {
    const result = await syncOrganisationsCommand(db, { countries: values.country ?? [], dryRun: values["dry-run"] });
    process.stdout.write(`${describeSync(result)}\n`);
  } else {
    process.stdout.write(`${usage}\n`);
    process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  const message = isDomainError(error)
    ? `${error.code}${error.reason ? ` (${error.reason})` : ""} ${JSON.stringify(error.params ?? {})}`
    : error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
