import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests drive Debian's Chromium against the built app on a fresh database. The setup
 * project creates the first admin through the setup page; every other spec depends on it.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    viewport: { width: 1366, height: 900 },
  },
  projects: [
    // After every spec that depends on setup, log-scan reads the server's log of the whole run.
    { name: "setup", testMatch: /setup\.spec\.ts/, teardown: "log-scan" },
    { name: "log-scan", testMatch: /log-scan\.teardown\.ts/ },
    { name: "app", testIgnore: /(setup|two-instances)\.spec\.ts/, dependencies: ["setup"] },
    // Starts its own two app instances on one PostgreSQL database (SIGNPOST_TEST_PG_URL).
    { name: "instances", testMatch: /two-instances\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
