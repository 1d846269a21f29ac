import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class StoreLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database folder "${dir}" is already open in another process (pid ${pid}). ` +
        `PGlite belongs to one process: stop that process (for example the running app) and try again, ` +
        `or set DATABASE_URL to use a PostgreSQL server that many processes can share.`,
    );
    this.name = "StoreLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the folder's lock file (created atomically with O_EXCL). A lock left by a process that
 * no longer exists is taken over; one held by a live process is refused with a clear error.
 * Returns the function that releases it.
 */
export function acquirePgliteLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, "..", `${path.basename(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        if (existsSync(lockPath) && readFileSync(lockPath, "utf8") === String(process.pid)) rmSync(lockPath);
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(lockPath, "utf8"));
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new StoreLockedError(dir, pid);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock on "${dir}"`);
}
