// `npm run bench`: prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import path from "node:path";
// @ts-expect-error: a plain ES module shared with the test runner, without type declarations
import { postgresInstalled, startCluster } from "../scripts/pg-cluster.mjs";

const root = path.resolve(import.meta.dirname, "..");

function script(title: string, file: string, env: Record<string, string> = {}): void {
  console.log(`\n== ${title}`);
  spawnSync("npx", ["tsx", "--conditions=react-server", file], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

async function main(): Promise<void> {
  script("Key-judgment extraction, 50,000 words (lib/estimative)", "bench/extract.ts");
  script("Timeline construction in memory (lib/evidence)", "bench/timeline-lib.ts");
  script("Forecast page, timeline and concurrent writers over HTTP (built app), SQLite", "bench/forecast-page.ts", { DATABASE_URL: "" });
  if (!postgresInstalled()) {
    console.log("\nPostgreSQL is not installed here: its figures are skipped (apt-get install -y postgresql).");
    return;
  }
  const cluster = await startCluster();
  try {
    script("The same on PostgreSQL (a throw-away local cluster)", "bench/forecast-page.ts", { DATABASE_URL: cluster.url, BETTER_AUTH_SECRET: "bench-only-secret" });
  } finally {
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
