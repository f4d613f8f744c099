import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The production build of the portal on a fresh embedded database with the demo data, as a
// first-time installation runs it (`pnpm start`), for the browser audits.

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../api");

export interface Portal {
  url: string;
  stop: () => void;
}

export async function startPortal(port: string): Promise<Portal> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "samspill-lighthouse-"));
  const child = spawn("pnpm", ["exec", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: "production", PORT: port, HOST: "127.0.0.1", SAMSPILL_DATA_DIR: dataDir, DATABASE_URL: "", SAMSPILL_DEMO: "true", SAMSPILL_JOBS: "false" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`The portal did not start:\n${output}`)), 180_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Samspill is running at (\S+)/.exec(output);
        if (!match?.[1]) return;
        clearTimeout(timer);
        resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`The portal exited with ${code}:\n${output}`)));
    });
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Signs in through the API as the browser does, and gives the session cookie ("name=value"). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", origin: url },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

/** The page of a published programme, found through the public JSON API. */
export async function publishedProgrammePath(url: string): Promise<string> {
  const councils = (await (await fetch(`${url}/api/public/v1/councils`)).json()) as { councils: Array<{ links: { programmes: string } }> };
  for (const council of councils.councils) {
    const listing = (await (await fetch(`${url}${council.links.programmes}`)).json()) as { programmes: Array<{ id: string }> };
    const programme = listing.programmes[0];
    if (programme) return `/programmes/${programme.id}`;
  }
  throw new Error("The demo data has no published programme");
}
