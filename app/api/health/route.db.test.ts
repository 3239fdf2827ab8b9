import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { closeDb } from "@/db/client";
import { GET } from "./route";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-health-"));

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("GET /api/health", () => {
  test("200 ok when the database answers, without any token", async () => {
    process.env.DATABASE_PATH = path.join(dir, "ok.db");
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("503 when the database cannot be opened", async () => {
    closeDb();
    const blocker = path.join(dir, "not-a-folder");
    fs.writeFileSync(blocker, "a file where the database folder should be");
    process.env.DATABASE_PATH = path.join(blocker, "db.sqlite");
    const response = GET();
    expect(response.status).toBe(503);
  });
});
