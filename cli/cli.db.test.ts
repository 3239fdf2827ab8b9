import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { GET as listForecasts } from "@/app/api/v1/forecasts/route";
import { closeDb, engine } from "@/db/client";
import { call } from "@/tests/support/api";
import { useTempDatabase } from "@/tests/support/temp-db";

const run = promisify(execFile);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-cli-"));

useTempDatabase();

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The real command line, as an operator types it, against this file's database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "cli/index.ts", ...args], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("npm run cli", () => {
  test("user:create, then token:create prints a working token alone on its last line", async () => {
    const created = await cli("user:create", "--email", "ops@example.org", "--name", "Ops", "--role", "analyst,reviewer", "--password", "long-enough-1");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("analyst, reviewer");
    const token = await cli("token:create", "--email", "ops@example.org");
    expect(token.code).toBe(0);
    const lastLine = token.stdout.trim().split("\n").at(-1)!;
    expect(lastLine).toMatch(/^sp_\S+$/);
    const listed = await call(listForecasts, "GET", { token: lastLine });
    expect(listed.status).toBe(200);

    const revoked = await cli("token:revoke", "--token", lastLine);
    expect(revoked.code).toBe(0);
    expect((await call(listForecasts, "GET", { token: lastLine })).status).toBe(401);
  }, 60_000);

  test.each([
    [["user:create", "--email", "not-an-email", "--name", "X", "--role", "analyst"], "email"],
    [["user:create", "--email", "x@example.org", "--name", "X", "--role", "wizard"], "roles"],
    [["user:create", "--email", "y@example.org", "--name", "Y", "--role", "analyst", "--password", "short"], "password"],
    [["token:create", "--email", "nobody@example.org"], "email"],
    [["db:backup"], "FILE"],
  ])("bad input %j exits 1 naming the field %s", async (args, field) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(field);
    expect(result.stderr).toContain("nothing was changed");
  }, 60_000);
});

describe.runIf(engine() === "sqlite")("db:backup and db:restore on SQLite", () => {
  test("a backup restores the data it held; later changes are gone", async () => {
    const backup = path.join(scratch, "before.db");
    expect((await cli("user:create", "--email", "kept@example.org", "--name", "Kept", "--role", "analyst")).code).toBe(0);
    const backedUp = await cli("db:backup", backup);
    expect(backedUp.code).toBe(0);
    expect(fs.statSync(backup).size).toBeGreaterThan(0);
    expect((await cli("user:create", "--email", "later@example.org", "--name", "Later", "--role", "analyst")).code).toBe(0);

    // This test process has the database open too, as a server would: the restore must refuse.
    const refused = await cli("db:restore", backup);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/open in process \d+/);

    await closeDb();
    const restored = await cli("db:restore", backup);
    expect(restored.code).toBe(0);
    expect((await cli("token:create", "--email", "kept@example.org")).code).toBe(0);
    const gone = await cli("token:create", "--email", "later@example.org");
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("no user has the email later@example.org");
  }, 90_000);

  test("refuses a corrupt file and an SQLite file that is not Signpost's, leaving the database as it was", async () => {
    const corrupt = path.join(scratch, "corrupt.db");
    fs.writeFileSync(corrupt, "SQLite format 3\u0000 but then nothing sensible at all".repeat(50));
    const foreign = path.join(scratch, "foreign.db");
    const Database = (await import("better-sqlite3")).default;
    const other = new Database(foreign);
    other.exec("create table notes (id integer primary key, body text)");
    other.close();

    for (const [file, expected] of [[corrupt, "not a readable SQLite database"], [foreign, "not a Signpost backup"]] as const) {
      const result = await cli("db:restore", file);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(expected);
    }
    expect((await cli("token:create", "--email", "ops@example.org")).code).toBe(0);
  }, 90_000);
});

describe.runIf(engine() === "pg")("db:backup on PostgreSQL", () => {
  test("says to use pg_dump and prints the exact command", async () => {
    const result = await cli("db:backup", path.join(scratch, "x.dump"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump --format=custom --file="');
    expect(result.stderr).toContain('"$DATABASE_URL"');
  }, 60_000);
});
