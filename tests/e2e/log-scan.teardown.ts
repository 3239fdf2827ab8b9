import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Runs after the whole suite (the setup project's teardown): the server's log of the run
 * (test-results/e2e-server.log, written by scripts/e2e-server.mjs) holds one JSON line per request
 * with only method, path, status, ms, user id and request id, and none of the secrets the suite
 * used: the passwords its specs type, API tokens, session cookies.
 */
const LOG = path.join("test-results", "e2e-server.log");
const LINE_KEYS = ["at", "method", "ms", "path", "requestId", "status", "userId"];

/** Every password the specs use, read from their sources so a new one is covered too. */
function passwordsInSpecs(): string[] {
  const dir = path.join("tests", "e2e");
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  const found = new Set<string>();
  for (const file of files) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    for (const match of source.matchAll(/password\w*:\s*"([^"]{8,})"|"([a-z]+(?:-[a-z]+)*-(?:pass|password|horse)-?\d)"/gi)) found.add(match[1] ?? match[2]);
  }
  return [...found];
}

test("the run's server log has one JSON line per request and no secret", () => {
  const log = fs.readFileSync(LOG, "utf8");
  const requestLines = log.split("\n").filter((line) => line.startsWith("{") && line.includes('"requestId"'));
  expect(requestLines.length).toBeGreaterThan(100);
  for (const line of requestLines) expect(Object.keys(JSON.parse(line)).sort()).toEqual(LINE_KEYS);
  expect(requestLines.some((line) => JSON.parse(line).userId !== null), "no line names its user").toBe(true);
  const passwords = passwordsInSpecs();
  expect(passwords).toContain("correct-horse-1");
  for (const password of passwords) expect(log.includes(password), `the log contains the password ${password}`).toBe(false);
  expect(log.match(/sp_[A-Za-z0-9_-]{12,}/g), "the log contains an API token").toBeNull();
  expect(log.match(/session_token=[^;\s"]{8,}/g), "the log contains a session cookie").toBeNull();
  expect(log.includes("authorization"), "the log contains an Authorization header").toBe(false);
});
