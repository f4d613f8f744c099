import { defineConfig } from "vitest/config";

// PGlite is one in-process database: all test files run in one worker without isolation, so
// they share the module that holds it and it starts and migrates once per run. Tests stay
// independent through the factories, not through separate databases.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    // The first test waits for the migration (a few seconds on PGlite).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
