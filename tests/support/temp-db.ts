import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDb, engine, prepareDatabase } from "@/db/client";

/**
 * Each test file gets its own real database, migrated like production and removed afterwards:
 * a temporary SQLite file, or (in the PostgreSQL run, `SIGNPOST_TEST_PG_URL` set by `npm test`)
 * a fresh database on the throw-away PostgreSQL server.
 */
export function useTempDatabase(): void {
  let cleanUp: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    cleanUp = engine() === "pg" ? await createPgDatabase() : createSqliteFile();
    await prepareDatabase();
  });
  afterAll(async () => {
    await closeDb();
    await cleanUp();
  });
}

function createSqliteFile(): () => Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-test-"));
  process.env.DATABASE_PATH = path.join(dir, "test.db");
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

async function createPgDatabase(): Promise<() => Promise<void>> {
  const server = testPgServerUrl();
  const name = `signpost_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await onServer(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return () => onServer(server, `drop database if exists ${name} with (force)`);
}

/** The throw-away server's URL (its maintenance database); only set in the PostgreSQL run. */
export function testPgServerUrl(): string {
  const url = process.env.SIGNPOST_TEST_PG_URL;
  if (!url) throw new Error("SIGNPOST_TEST_PG_URL is not set: the PostgreSQL run starts its own server (npm test).");
  return url;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
