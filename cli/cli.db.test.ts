import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { call } from "@/tests/support/api";
import { closeDb } from "@/db/client";
import { GET as listForecasts } from "@/app/api/v1/forecasts/route";

const run = promisify(execFile);
let dir = "";
let databasePath = "";

/** The real command line, as an operator types it, against its own database file. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "cli/index.ts", ...args], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: { ...process.env, DATABASE_PATH: databasePath },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-cli-"));
  databasePath = path.join(dir, "cli.db");
  process.env.DATABASE_PATH = databasePath;
});

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

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
  ])("bad input %j exits 1 naming the field %s", async (args, field) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(field);
    expect(result.stderr).toContain("nothing was changed");
  }, 60_000);
});
