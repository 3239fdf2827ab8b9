import fs from "node:fs";
import path from "node:path";

/**
 * Which processes have the SQLite file open: each one leaves a file named after its pid in
 * `<database>.open-by/` while it runs, so a restore can refuse to pull the file from under a server.
 */
export function registerHolder(databaseFile: string): () => void {
  const dir = `${databaseFile}.open-by`;
  const mine = path.join(dir, String(process.pid));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(mine, new Date().toISOString());
  const release = () => fs.rmSync(mine, { force: true });
  process.once("exit", release);
  return release;
}

/** Live processes other than this one that hold the file; stale entries of dead ones are cleared. */
export function otherHolders(databaseFile: string): number[] {
  const dir = `${databaseFile}.open-by`;
  if (!fs.existsSync(dir)) return [];
  const pids = fs.readdirSync(dir).map(Number).filter((pid) => Number.isInteger(pid) && pid !== process.pid);
  return pids.filter((pid) => {
    if (isAlive(pid)) return true;
    fs.rmSync(path.join(dir, String(pid)), { force: true });
    return false;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
