import { defineConfig } from "vitest/config";

// Two layers. "unit": rules, rendering, parsing, the command registry, config — no database, so no
// global setup (`npx vitest run --project unit` takes seconds). "integration": everything that
// talks to a real database; its global setup migrates and seeds the SQLite and PostgreSQL
// templates once. `vitest run` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on CI: a few workers, each with its own databases.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "adapters/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/unit/**"],
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
