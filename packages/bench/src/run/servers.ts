import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { packageDir, type NodeRuntime } from "./runtime.js";

// The two servers under load: Samspill as `pnpm start` runs it in production (tsx on the
// chosen Node.js, NODE_ENV=production, no demo data, no job worker, SQL counts in
// Server-Timing, behind a trusted proxy), and the baseline beside it.

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const apiDir = path.resolve(packageDir, "../../apps/api");

export function startSamspill(node: NodeRuntime, databaseUrl: string, port: number): Promise<RunningServer> {
  const child = spawn(node.binary, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1",
      SAMSPILL_DEMO: "false", SAMSPILL_JOBS: "false", SAMSPILL_SERVER_TIMING: "true",
      // As behind the reverse proxy of a real installation: the sign-in load comes from many addresses.
      SAMSPILL_TRUST_PROXY: "true",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return running(child, `http://127.0.0.1:${port}`, "/api/health/ready");
}

export function startBaseline(node: NodeRuntime, databaseUrl: string, port: number): Promise<RunningServer> {
  const child = spawn(node.binary, ["--import", "tsx", "src/run/baseline-server.ts"], {
    cwd: packageDir, env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"],
  });
  return running(child, `http://127.0.0.1:${port}`, "/row/00000000-0000-0000-0000-000000000000");
}

async function running(child: ChildProcess, url: string, readyPath: string): Promise<RunningServer> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server at ${url} stopped while starting:\n${stderr}`);
    try {
      if ((await fetch(url + readyPath)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server at ${url} was not ready within two minutes:\n${stderr}`);
}
