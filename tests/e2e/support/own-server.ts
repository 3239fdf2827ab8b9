import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, expect, type Browser } from "@playwright/test";

/**
 * A spec's own built app instance on a fresh SQLite database, for what the shared test server
 * cannot show: another environment (no BETTER_AUTH_URL, a wrong one) or another address.
 */
export interface OwnServer {
  port: number;
  /** Runs `npm run cli -- …` against this server's database; returns its output. */
  cli(...args: string[]): string;
  stop(): Promise<void>;
}

const root = process.cwd();

/** A port beside the shared test server's (E2E_PORT + 10 + offset), so parallel checkouts don't collide. */
export function extraPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + 10 + offset;
}

export async function startOwnServer(port: number, extraEnv: Record<string, string> = {}): Promise<OwnServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-own-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "", DATABASE_PATH: path.join(dir, "own.db"), NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  // The shared server's public address must not leak into this one unless the spec asks for it.
  if (!("BETTER_AUTH_URL" in extraEnv)) delete env.BETTER_AUTH_URL;
  const cli = (...args: string[]) => {
    const result = spawnSync("npx", ["tsx", "--conditions=react-server", "cli/index.ts", ...args], { cwd: root, env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr || result.stdout);
    return result.stdout.trim();
  };
  cli("db:migrate");
  const server: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", String(port), "127.0.0.1"], { cwd: root, env, stdio: "ignore", detached: true });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
  return {
    port,
    cli,
    async stop() {
      // npx starts next as a child: end the whole group this spec started, then wait for it.
      if (server.pid && server.exitCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        process.kill(-server.pid, "SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium as the other specs run it, resolving `hostname` to this machine like a LAN name would. */
export function browserResolving(hostname: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", `--host-resolver-rules=MAP ${hostname} 127.0.0.1`],
  });
}
