import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { forecast, user } from "@/db/schema";
import { useTempDatabase } from "@/tests/support/temp-db";

const run = promisify(execFile);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-cli-import-"));

useTempDatabase();

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "cli/index.ts", ...args], { cwd: path.resolve(import.meta.dirname, ".."), env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

function forecastFile(probabilities: number[][]): string {
  const file = path.join(scratch, `import-${crypto.randomUUID()}.json`);
  const forecasts = probabilities.map((p, i) => ({
    title: `Imported question ${i + 1}`,
    statement: "A question imported from the command line.",
    resolutionCriteria: "Reported by two outlets.",
    closesAt: iso(10),
    createdAt: iso(100),
    author: "cli.analyst@import.example",
    scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
    predictions: [{ analyst: "cli.analyst@import.example", createdAt: iso(90), probabilities: p }],
    resolution: { outcome: 0, outcomeKnownAt: iso(10) },
  }));
  fs.writeFileSync(file, JSON.stringify({ forecasts }));
  return file;
}

async function counts() {
  const [users] = await getDb().select({ n: count() }).from(user);
  const [forecasts] = await getDb().select({ n: count() }).from(forecast);
  return { users: users.n, forecasts: forecasts.n };
}

describe("npm run cli -- import FILE", () => {
  test("a bad file exits 1 listing every bad item by index and field; nothing is stored, not even the new analyst", async () => {
    const before = await counts();
    const result = await cli("import", forecastFile([[60, 40], [60, 30], [60, 40], [120, -20]]));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("import failed; nothing was changed");
    expect(result.stderr).toContain("forecasts.1.predictions.0.probabilities: must sum to 100 (they sum to 90)");
    expect(result.stderr).toContain("forecasts.3.predictions.0.probabilities.0: must be at most 99.9");
    expect(result.stderr).toContain("forecasts.3.predictions.0.probabilities.1: must be at least 0.1");
    expect(await counts()).toEqual(before);

    const missing = await cli("import", path.join(scratch, "no-such-file.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("FILE: cannot be read (ENOENT)");
  }, 60_000);

  test("a good file: a progress line per step, then the counts", async () => {
    const before = await counts();
    const result = await cli("import", forecastFile([[60, 40], [70, 30]]));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Parsing…");
    expect(result.stderr).toContain("Validating forecasts 2/2");
    expect(result.stderr).toMatch(/Writing rows \d+\/\d+/);
    expect(result.stderr).toContain("Scoring resolved forecasts 2/2");
    expect(result.stdout).toMatch(/^Imported 2 forecasts, 2 predictions and 2 resolutions from .* in [\d.]+ s\.$/m);
    expect(await counts()).toEqual({ users: before.users + 1, forecasts: before.forecasts + 2 });
  }, 60_000);
});
