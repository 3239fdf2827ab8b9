// `npm run bench`: prints figures; asserts nothing. BENCH_SCALES=10000,100000 (the default) sets
// the generated sizes of the at-scale runs; SQLite runs each, PostgreSQL the largest.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations
import { postgresInstalled, startCluster } from "../scripts/pg-cluster.mjs";

const root = path.resolve(import.meta.dirname, "..");
const scales = (process.env.BENCH_SCALES ?? "10000,100000").split(",").map(Number).filter((n) => n > 0);

function script(title: string, file: string, env: Record<string, string> = {}): void {
  console.log(`\n== ${title}`);
  spawnSync("npx", ["tsx", "--conditions=react-server", file], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

function atScaleOnSqlite(scale: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-scale-"));
  try {
    script(`At scale on SQLite: ${scale.toLocaleString("en-GB")} forecasts (demo:generate)`, "bench/at-scale.ts", { DATABASE_URL: "", DATABASE_PATH: path.join(dir, "scale.db"), SCALE: String(scale) });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function calibrationOnSqlite(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-calibration-"));
  try {
    script("Calibration and scores at 1,000,000 predictions on SQLite (issue 13)", "bench/calibration.ts", { DATABASE_URL: "", DATABASE_PATH: path.join(dir, "calibration.db") });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function importOnSqlite(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-bench-import-"));
  try {
    script("Track-record import over HTTP on SQLite (POST /api/v1/import, a reader polling /api/health)", "bench/import.ts", { DATABASE_URL: "", DATABASE_PATH: path.join(dir, "import.db") });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function freshPgDatabase(clusterUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  script("Key-judgment extraction, 50,000 words (lib/estimative)", "bench/extract.ts");
  script("Key-judgment extraction against hand labels: recall, false hits, probability agreement (bench/assessments)", "bench/extract-recall.ts");
  script("Timeline construction in memory (lib/evidence)", "bench/timeline-lib.ts");
  script("Forecast page, timeline and concurrent writers over HTTP (built app), SQLite", "bench/forecast-page.ts", { DATABASE_URL: "" });
  for (const scale of scales) atScaleOnSqlite(scale);
  calibrationOnSqlite();
  importOnSqlite();
  if (!postgresInstalled()) {
    console.log("\nPostgreSQL is not installed here: its figures are skipped (apt-get install -y postgresql).");
    return;
  }
  const cluster = await startCluster();
  try {
    const env = { BETTER_AUTH_SECRET: "bench-only-secret" };
    script("The same on PostgreSQL (a throw-away local cluster)", "bench/forecast-page.ts", { ...env, DATABASE_URL: await freshPgDatabase(cluster.url, "bench_busy") });
    const largest = Math.max(...scales);
    script(`At scale on PostgreSQL: ${largest.toLocaleString("en-GB")} forecasts`, "bench/at-scale.ts", { ...env, DATABASE_URL: await freshPgDatabase(cluster.url, "bench_scale"), SCALE: String(largest) });
    script("Calibration and scores at 1,000,000 predictions on PostgreSQL", "bench/calibration.ts", { ...env, DATABASE_URL: await freshPgDatabase(cluster.url, "bench_calibration") });
    script("Track-record import over HTTP on PostgreSQL", "bench/import.ts", { ...env, DATABASE_URL: await freshPgDatabase(cluster.url, "bench_import") });
  } finally {
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
