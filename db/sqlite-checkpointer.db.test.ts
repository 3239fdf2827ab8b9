import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { engine, sqliteEngine, withTransaction } from "@/db/client";
import { useTempDatabase } from "@/tests/support/temp-db";

useTempDatabase();

/** Rows that exist in the database file itself, leaving the WAL aside: a copy of the file alone. */
function rowsInMainFile(file: string, table: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-main-file-"));
  try {
    const copy = path.join(dir, "copy.db");
    fs.copyFileSync(file, copy);
    const db = new Database(copy, { readonly: true });
    try {
      return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(engine() === "pg")("SQLite's big commits don't hold up the app's thread", () => {
  it("a new database takes 16 KiB pages: a big COMMIT re-reads a quarter as many WAL frames", () => {
    expect(sqliteEngine()!.writer.pragma("page_size", { simple: true })).toBe(16_384);
  });

  it("commits without checkpointing on the app's thread, then the worker copies the WAL into the file", async () => {
    const sqlite = sqliteEngine()!;
    // The writer's own automatic checkpoint is what stalled every request after a big import.
    expect(sqlite.writer.pragma("wal_autocheckpoint", { simple: true })).toBe(0);

    await withTransaction(async (tx) => {
      await tx.run(sql`create table bulk (id integer primary key, filler text not null)`);
      // About 8 MB: twice the WAL size past which a checkpoint is asked for.
      for (let i = 0; i < 2_000; i++) await tx.run(sql`insert into bulk (filler) values (${"x".repeat(4_000)})`);
    });
    expect(fs.statSync(`${sqlite.file}-wal`).size).toBeGreaterThan(4 * 1024 * 1024);

    await sqlite.checkpointsIdle();
    expect(rowsInMainFile(sqlite.file, "bulk")).toBe(2_000);
  });
});
