import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { engine, getDb } from "@/db/client";
import { readSetting, writeSetting } from "@/db/queries/settings";
import { useTempDatabase } from "@/tests/support/temp-db";
import { GET as listForecasts } from "@/app/api/v1/forecasts/route";
import { call } from "@/tests/support/api";
import { migrateDatabase } from "../database/lifecycle";
import { dumpDatabase } from "@/tests/support/database-dump";
import { sessionSecret, sessionSecretFile } from "./session-secret";

useTempDatabase();

// The file only exists for the embedded engine without BETTER_AUTH_SECRET; PostgreSQL needs the variable.
describe.skipIf(engine() === "pg")("the session secret is kept out of the database", () => {
  test("start moves a secret an earlier version stored in the database into a 0600 file beside it", async () => {
    delete process.env.BETTER_AUTH_SECRET;
    fs.rmSync(sessionSecretFile(), { force: true });
    await writeSetting(getDb(), "auth_secret", "an-old-secret-from-the-database");
    await migrateDatabase();
    expect(fs.readFileSync(sessionSecretFile(), "utf8").trim()).toBe("an-old-secret-from-the-database");
    expect(fs.statSync(sessionSecretFile()).mode & 0o777).toBe(0o600);
    expect(await readSetting(getDb(), "auth_secret")).toBeNull();
    expect(await sessionSecret()).toBe("an-old-secret-from-the-database");
  });

  test("a fresh installation gets a new random secret in the file, none in the database", async () => {
    fs.rmSync(sessionSecretFile(), { force: true });
    await migrateDatabase();
    const secret = fs.readFileSync(sessionSecretFile(), "utf8").trim();
    expect(secret).toMatch(/^[\w-]{40,}$/);
    expect(secret).not.toBe("an-old-secret-from-the-database");
    expect(await readSetting(getDb(), "auth_secret")).toBeNull();
  });

  test("the first anonymous request is refused and writes nothing at all", async () => {
    const before = await dumpDatabase();
    expect((await call(listForecasts, "GET")).status).toBe(401);
    expect(await dumpDatabase()).toEqual(before);
  });
});
