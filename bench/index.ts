// `npm run bench`: prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchForecastPage } from "./forecast-page";

const root = path.resolve(import.meta.dirname, "..");

function script(title: string, file: string): void {
  console.log(`\n== ${title}`);
  spawnSync("npx", ["tsx", file], { cwd: root, stdio: "inherit" });
}

async function main(): Promise<void> {
  script("Key-judgment extraction, 50,000 words (lib/estimative)", "bench/extract.ts");
  script("Timeline construction in memory (lib/evidence)", "bench/timeline-lib.ts");
  console.log("\n== Forecast page and timeline over HTTP (built app)");
  await benchForecastPage();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
