import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { closeDb, engine } from "@/db/client";
import { useTempDatabase } from "@/tests/support/temp-db";
import { GET } from "./route";

useTempDatabase();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-health-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("GET /api/health", () => {
  test("200 ok when the database answers, without any token", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("503 when the database cannot be reached", async () => {
    await closeDb();
    if (engine() === "pg") {
      // Nothing listens on port 9 of this machine: the pool's connection is refused.
      process.env.DATABASE_URL = "postgres://nobody:nothing@127.0.0.1:9/none";
    } else {
      const blocker = path.join(dir, "not-a-folder");
      fs.writeFileSync(blocker, "a file where the database folder should be");
      process.env.DATABASE_PATH = path.join(blocker, "db.sqlite");
    }
    const response = await GET();
    expect(response.status).toBe(503);
  });
});
