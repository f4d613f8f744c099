import { createDb } from "@samspill/db";
import { readOptions, requireDatabaseUrl } from "../shared/args.js";
import { generateInstallation, resetDatabase } from "./generate.js";
import { BENCH_PASSWORD, DEFAULT_SEED, planFor } from "./plan.js";

// `pnpm bench:data [--scale 1] [--seed samspill-bench] [--reset true]`: the national installation
// of the benchmark on DATABASE_URL, and the sign-ins the benchmark uses.

const options = readOptions({
  scale: { env: "BENCH_SCALE", default: "1" },
  seed: { env: "BENCH_SEED", default: DEFAULT_SEED },
  reset: { env: "BENCH_RESET", default: "false" },
});
const url = requireDatabaseUrl("bench:data");
const plan = planFor(Number(options.scale), options.seed);
const db = createDb({ databaseUrl: url, poolSize: 2 });
try {
  if (options.reset === "true") await resetDatabase(db);
  process.stdout.write(`Generating ${plan.councils} councils, ${plan.measures} measures, ${plan.users} users (seed "${plan.seed}", scale ${plan.scale})\n`);
  const result = await generateInstallation(db, plan, (step, seconds) =>
    process.stdout.write(`  ${step.padEnd(48)} ${seconds.toFixed(1).padStart(7)} s\n`));
  process.stdout.write(`\nDone in ${result.seconds.toFixed(0)} s.\n\n`);
  for (const [table, n] of Object.entries(result.counts)) process.stdout.write(`  ${table.padEnd(24)} ${String(n).padStart(10)}\n`);
  const users = await db.selectFrom("appUser").innerJoin("organisation", "organisation.id", "appUser.organisationId")
    .select(["appUser.id", "appUser.email", "appUser.role", "organisation.name"])
    .where("appUser.id", "in", Object.values(result.users)).execute();
  process.stdout.write(`\nSign-ins of the benchmark (password "${BENCH_PASSWORD}" for every user; benchmark data only):\n`);
  for (const user of users) process.stdout.write(`  ${user.role.padEnd(26)} ${user.email.padEnd(44)} (${user.name})\n`);
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
