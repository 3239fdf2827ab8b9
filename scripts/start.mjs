// `npm start`: build when there is no build or the sources are newer, migrate the database, serve.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const SOURCE_DIRS = ["app", "components", "lib", "server", "db", "public"];
const SOURCE_FILES = ["next.config.js", "package.json", "package-lock.json", "postcss.config.mjs"];

function newestSourceTime() {
  let newest = 0;
  const visit = (target) => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target)) if (!entry.endsWith(".test.ts")) visit(path.join(target, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(root, entry));
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stale = !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime();
if (stale) {
  console.log("Signpost: building the app (first start or changed sources)…");
  run("npx", ["next", "build"]);
}
run("npx", ["tsx", "--conditions=react-server", "cli/index.ts", "db:migrate"]);
const port = process.env.PORT ?? "3000";
console.log(`Signpost: serving on http://localhost:${port}`);
const server = spawn(process.execPath, ["scripts/serve.mjs", port], { cwd: root, stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
