import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, engine, getDb } from "@/db/client";
import { deleteSetting, readSetting } from "@/db/queries/settings";

/** Where earlier versions kept the secret: in the database, so any backup could forge sessions. */
const LEGACY_SETTING = "auth_secret";

/** The file beside the SQLite database that holds the session secret, readable by the app's user only. */
export function sessionSecretFile(): string {
  return `${databasePath()}.session-secret`;
}

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set (required on PostgreSQL, where
 * every instance must share it); otherwise the file beside the SQLite database, made at first start.
 * Never the database itself, so a backup of it cannot forge a session.
 */
export async function sessionSecret(): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  if (engine() === "pg") {
    throw new Error("BETTER_AUTH_SECRET is not set. With DATABASE_URL (PostgreSQL) every app instance must share one session secret: set BETTER_AUTH_SECRET to a long random string, e.g. `openssl rand -base64 32`.");
  }
  return readSecretFile() ?? (await ensureSessionSecret());
}

/**
 * Run at start (db:migrate): creates the secret file (mode 0600) when there is none, moving a
 * secret an earlier version kept in the database into it, so signed-in people stay signed in, and
 * removing it from the database.
 */
export async function ensureSessionSecret(): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET || engine() === "pg") return sessionSecret();
  const db = getDb();
  const legacy = await readSetting(db, LEGACY_SETTING);
  const existing = readSecretFile();
  const secret = existing ?? writeSecretFile(legacy ?? randomBytes(32).toString("base64url"));
  if (legacy !== null) await deleteSetting(db, LEGACY_SETTING);
  return secret;
}

function readSecretFile(): string | null {
  try {
    const text = fs.readFileSync(sessionSecretFile(), "utf8").trim();
    return text === "" ? null : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Written once with O_EXCL: of two processes starting together, the loser reads the winner's. */
function writeSecretFile(secret: string): string {
  const file = sessionSecretFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readSecretFile() ?? secret;
  }
}
