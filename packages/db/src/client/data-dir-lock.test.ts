import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { createDb } from "./create-db.js";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.js";

const folders: string[] = [];
function dataDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "samspill-lock-"));
  folders.push(folder);
  return path.join(folder, "pglite");
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the embedded database's folder is one process's at a time", () => {
  it("refuses a second hold in the same process and gives the lock back on release", () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir)();
  });

  it("names the other running process that holds it and tells what to do", () => {
    const dir = dataDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      writeFileSync(`${dir}.lock`, `${other.pid}\n`);
      let refusal: unknown;
      try {
        lockDataDir(dir);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(DataDirInUseError);
      expect((refusal as Error).message).toContain(`pid ${other.pid}`);
      expect((refusal as Error).message).toContain("SAMSPILL_DATA_DIR");
      expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const dir = dataDir();
    const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(`${dir}.lock`, `${ended.stdout}\n`);
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(process.pid));
    release();
  });

  it("lets createDb open a folder once, and again after the first is closed", async () => {
    const dir = dataDir();
    const first = createDb({ dataDir: dir });
    await sql`select 1`.execute(first);
    expect(() => createDb({ dataDir: dir })).toThrow(DataDirInUseError);
    await first.destroy();
    const again = createDb({ dataDir: dir });
    expect((await sql<{ one: number }>`select 1 as one`.execute(again)).rows).toEqual([{ one: 1 }]);
    await again.destroy();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
