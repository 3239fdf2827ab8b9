// A throw-away PostgreSQL cluster for the test suite: initdb in a temporary folder owned by the
// `postgres` user (the server refuses to run as root), started on a free loopback port, removed
// when stopped. Used by `npm test` and `npm run bench`; needs Debian's `postgresql` package.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function findBin(name) {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const candidate = path.join(root, version, "bin", name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the postgres user when we are root, as ourselves otherwise. */
function runAsOwner(bin, args) {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "runuser" : bin;
  const fullArgs = asRoot ? ["-u", "postgres", "--", bin, ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

export function postgresInstalled() {
  return findBin("initdb") !== null && findBin("pg_ctl") !== null;
}

/** Starts a cluster and returns { url, stop }; `url` names its maintenance database. */
export async function startCluster() {
  const initdb = findBin("initdb");
  const pgCtl = findBin("pg_ctl");
  if (!initdb || !pgCtl) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql (or set SIGNPOST_TEST_PG_URL).");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-pg-"));
  const data = path.join(dir, "data");
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  runAsOwner(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  runAsOwner(pgCtl, ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAsOwner(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
