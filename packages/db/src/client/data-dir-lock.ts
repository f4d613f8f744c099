import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

// The embedded database is one process's: PGlite keeps PostgreSQL's shared state in the
// process's memory, so a second process opening the same folder (`pnpm start` in a second
// terminal, the operator CLI beside a running portal) writes over the first one's pages and
// leaves a folder neither can open again. A lock file beside the folder holds the owner's
// process id; a lock left by a process that no longer runs is taken over.

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Samspill process (pid ${pid}). ` +
        `Stop that process first, or set SAMSPILL_DATA_DIR to another folder. ` +
        `If no Samspill process runs, delete ${lockFile}.`,
    );
    this.name = "DataDirInUseError";
  }
}

const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function create(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, "wx");
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes the lock on `dataDir` for this process, or throws `DataDirInUseError` naming the
 * process that holds it. Returns the function that gives it back (also run at exit).
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir.replace(/[\\/]+$/, "")}.lock`;
  if (held.has(lockFile)) throw new DataDirInUseError(dataDir, process.pid, lockFile);
  if (!create(lockFile)) {
    const owner = ownerOf(lockFile);
    if (owner !== null && owner !== process.pid && isRunning(owner)) throw new DataDirInUseError(dataDir, owner, lockFile);
    // Left behind by a process that ended without giving it back.
    rmSync(lockFile, { force: true });
    if (!create(lockFile)) throw new DataDirInUseError(dataDir, ownerOf(lockFile) ?? 0, lockFile);
  }
  held.add(lockFile);
  const release = () => {
    if (!held.delete(lockFile)) return;
    if (ownerOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}
