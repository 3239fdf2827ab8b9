import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React server bundle; in unit tests the guard has nothing to guard.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    // Every test on SQLite; the ones that touch the database (*.db.test.ts) again on PostgreSQL
    // when a server is given (npm test starts a throw-away one and sets SIGNPOST_TEST_PG_URL).
    projects: [
      { extends: true, test: { name: "sqlite", include: ["{lib,server,db,cli,app,components}/**/*.test.ts"], env: { DATABASE_URL: "" } } },
      ...(process.env.SIGNPOST_TEST_PG_URL
        ? [
            {
              extends: true,
              test: {
                name: "postgres",
                include: ["{lib,server,db,cli,app,components}/**/*.db.test.ts"],
                // Placeholder: each test file creates its own database and points DATABASE_URL at it.
                env: { DATABASE_URL: process.env.SIGNPOST_TEST_PG_URL, BETTER_AUTH_SECRET: "test-only-secret-shared-by-every-instance" },
              },
            },
          ]
        : []),
    ],
  },
});
