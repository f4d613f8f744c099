import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DOCUMENTED_SETTINGS, readConfig } from "./env.js";

// README's configuration table, turbo.json and the server's configuration must name the same
// settings, and each must reach the process the way `pnpm start` runs it: through turbo, whose
// strict environment mode drops every variable it is not told about.

const root = new URL("../../../../", import.meta.url);
const documented = Object.keys(DOCUMENTED_SETTINGS).sort();

function readmeSettings(): string[] {
  const readme = readFileSync(new URL("README.md", root), "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^#{2,3} /m)[0] ?? "";
  return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]!).sort();
}

describe("documented settings", () => {
  it("README's configuration table lists exactly the settings the server reads", () => {
    expect(readmeSettings()).toEqual(documented);
  });

  it("turbo passes every documented setting through to its tasks", () => {
    const turbo = JSON.parse(readFileSync(new URL("turbo.json", root), "utf8")) as { globalPassThroughEnv: string[] };
    expect(documented.filter((name) => !turbo.globalPassThroughEnv.includes(name))).toEqual([]);
  });

  it("each documented setting changes the configuration", () => {
    const all = readConfig(DOCUMENTED_SETTINGS);
    for (const name of documented) {
      const { [name]: _left, ...others } = DOCUMENTED_SETTINGS;
      expect(readConfig(others), name).not.toEqual(all);
    }
  });

  it("reaches the server's configuration when started through turbo as `pnpm start` does", { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      "pnpm",
      ["exec", "turbo", "run", "config", "--filter=@samspill/api", "--log-prefix=none", "--output-logs=full"],
      { cwd: root, env: { ...process.env, ...DOCUMENTED_SETTINGS, NODE_ENV: "" } },
    );
    const line = stdout.split("\n").find((text) => text.startsWith("SAMSPILL_CONFIG "));
    expect(line, stdout).toBeDefined();
    expect(JSON.parse(line!.slice("SAMSPILL_CONFIG ".length))).toEqual(JSON.parse(JSON.stringify(readConfig({ ...DOCUMENTED_SETTINGS }))));
  });
});
