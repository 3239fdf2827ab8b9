import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb } from "@/db/client";

/** Each test file gets its own real SQLite file, migrated like production, removed afterwards. */
export function useTempDatabase(): void {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-test-"));
    process.env.DATABASE_PATH = path.join(dir, "test.db");
    getDb();
  });
  afterAll(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
