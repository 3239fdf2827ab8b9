import "server-only";
import fs from "node:fs";

/**
 * The time for time-driven features (what needs me, escalation, the digest). Always the real
 * clock, except when the process was started with SIGNPOST_TEST_CLOCK_FILE: then that file may
 * hold a number of milliseconds to add, which lets an end-to-end test move time forward. Only
 * whoever starts the server can set it, so it is safe in production (where it is never set).
 */
export function serverNow(): number {
  const file = process.env.SIGNPOST_TEST_CLOCK_FILE;
  if (!file) return Date.now();
  try {
    const offset = Number(fs.readFileSync(file, "utf8").trim());
    return Date.now() + (Number.isFinite(offset) ? offset : 0);
  } catch {
    return Date.now();
  }
}
