import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

// A production Samspill process, started as an operator would (`NODE_ENV=production`, the API's
// main module), with its log kept for the test to read.

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export interface Instance {
  port: number;
  url: string;
  /** Everything the process wrote so far, one entry per line. */
  log: string[];
  /** Pino's JSON log lines whose message is `message`. */
  logged: (message: string) => Array<Record<string, unknown>>;
  ready: () => Promise<void>;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

export interface InstanceOptions {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}

export function startInstance(options: InstanceOptions): Instance {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      SAMSPILL_TRUST_PROXY: "true",
      SAMSPILL_DEMO: "false",
      SAMSPILL_WEB_DIST: path.join(apiDir, "no-web-app"),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  let partial = "";
  const keep = (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    log.push(...lines);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;

  return {
    port: options.port,
    url,
    log,
    logged: (message) => log.flatMap((line) => {
      if (!line.startsWith("{")) return [];
      const entry = JSON.parse(line) as Record<string, unknown>;
      return entry.msg === message ? [entry] : [];
    }),
    ready: async () => {
      for (let attempt = 0; attempt < 360; attempt += 1) {
        if (child.exitCode !== null) throw new Error(`instance on ${options.port} stopped:\n${log.join("\n")}`);
        const status = await fetch(`${url}/api/health/ready`).then((response) => response.status, () => 0);
        if (status === 200) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`instance on ${options.port} not ready after 90 seconds:\n${log.join("\n")}`);
    },
    kill: async (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
