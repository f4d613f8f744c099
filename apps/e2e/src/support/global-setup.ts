import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../api");
// The statistics package's fixture server stands in for SSB and Kolada, which the build
// machines cannot reach; loaded by path like the API above (e2e depends on no workspace package).
const fixtureServerModule = path.resolve(apiDir, "../../packages/statistics/src/testing/index.ts");

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let closeFixtures: (() => Promise<void>) | undefined;

/**
 * Starts the production build of the portal on a fresh embedded database with the demo data,
 * on a free port, unless SAMSPILL_E2E_URL points at one that is already running. With
 * SAMSPILL_E2E_DATABASE_URL the portal runs on that (empty) PostgreSQL database instead, with the
 * demo data loaded into it, as CI does for the sign-in specs.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.SAMSPILL_E2E_URL) {
    project.provide("baseUrl", process.env.SAMSPILL_E2E_URL);
    return;
  }
  dataDir = mkdtempSync(path.join(tmpdir(), "samspill-e2e-"));
  const { startFixtureServer } = (await import(pathToFileURL(fixtureServerModule).href)) as {
    startFixtureServer: () => Promise<{ url: string; close: () => Promise<void> }>;
  };
  const fixtures = await startFixtureServer();
  closeFixtures = fixtures.close;
  const child = spawn("pnpm", ["exec", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...process.env, NODE_ENV: "production", PORT: "0", SAMSPILL_DATA_DIR: dataDir,
      ...(process.env.SAMSPILL_E2E_DATABASE_URL
        ? { DATABASE_URL: process.env.SAMSPILL_E2E_DATABASE_URL, SAMSPILL_DEMO: "true" }
        : { DATABASE_URL: "" }),
      SAMSPILL_SSB_URL: fixtures.url, SAMSPILL_KOLADA_URL: fixtures.url,
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  server = child;
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${output}`)), 150_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Samspill is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`portal exited with ${code}:\n${output}`)));
  });
  process.stderr.write(`e2e: portal started at ${baseUrl}\n`);
  project.provide("baseUrl", baseUrl);
}

export async function teardown(): Promise<void> {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  await closeFixtures?.();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
