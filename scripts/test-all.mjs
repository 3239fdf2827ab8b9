// `npm test`: unit and integration tests (vitest) on SQLite and again, for every test that touches
// the database, on a throw-away PostgreSQL server; then a production build and the end-to-end
// tests (Playwright in Debian's Chromium). Ends with one line "N passed, N failed" for CI.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { postgresInstalled, startCluster } from "./pg-cluster.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env }).status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

// The PostgreSQL run needs a server: the one named by SIGNPOST_TEST_PG_URL, else one of our own.
let cluster = null;
if (!process.env.SIGNPOST_TEST_PG_URL) {
  if (postgresInstalled()) {
    cluster = await startCluster();
    process.env.SIGNPOST_TEST_PG_URL = cluster.url;
    console.log(`PostgreSQL for the tests: ${cluster.url}`);
  } else {
    console.error("PostgreSQL is not installed (apt-get install -y postgresql): the PostgreSQL run cannot happen and counts as a failure.");
    failed += 1;
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => { cluster?.stop(); process.exit(1); });

const vitestFile = path.join(results, "vitest-results.json");
fs.rmSync(vitestFile, { force: true });
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) failed += 1; // the run itself broke

const buildStatus = run("npx", ["next", "build"]);
if (buildStatus !== 0) {
  console.error("The production build failed: end-to-end tests cannot run.");
  failed += 1;
} else {
  const e2eFile = path.join(results, "e2e-results.json");
  fs.rmSync(e2eFile, { force: true });
  const e2eStatus = run("npx", ["playwright", "test"]);
  const e2e = readJson(e2eFile);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
  }
  if (!e2e || (e2eStatus !== 0 && e2e.stats.unexpected === 0)) failed += 1;
  countDurability();
}

/** The durability tests (`npm run test:durability`: node's own runner on the built app), counted from a TAP copy of their report. */
function countDurability() {
  const tapFile = path.join(results, "durability.tap");
  fs.rmSync(tapFile, { force: true });
  const status = run("node", ["--test", "--test-concurrency=1", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tapFile}`, "tests/durability/"]);
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, "utf8") : "";
  const count = (word) => Number(tap.match(new RegExp(`^# ${word} (\\d+)$`, "m"))?.[1] ?? NaN);
  const [durable, broken] = [count("pass"), count("fail")];
  if (Number.isNaN(durable) || Number.isNaN(broken)) {
    failed += 1; // no summary: the run itself broke
    return;
  }
  passed += durable;
  failed += broken;
  if (status !== 0 && broken === 0) failed += 1;
}

cluster?.stop();

// Skips are honest ones: the tests that read ../shared skip when it is absent.
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
