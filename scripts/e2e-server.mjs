// Serves the built app for Playwright on a brand-new database, so the setup page is reachable.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-e2e-"));
const env = { ...process.env, DATABASE_URL: "", DATABASE_PATH: path.join(dir, "e2e.db"), NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: `http://127.0.0.1:${port}` };
// The server's output goes to a file that tests/e2e/log-scan.teardown.ts reads after the suite; its
// request log (one line per request, on stdout) stays out of the test run's console, its errors don't.
const logFile = path.join("test-results", "e2e-server.log");
fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile);
const server = spawn(process.execPath, ["scripts/serve.mjs", port, "127.0.0.1"], { stdio: ["ignore", "pipe", "pipe"], env });
for (const [from, to] of [[server.stdout, null], [server.stderr, process.stderr]]) {
  from.on("data", (chunk) => {
    to?.write(chunk);
    log.write(chunk);
  });
}
const stop = () => {
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
