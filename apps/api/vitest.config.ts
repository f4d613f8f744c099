import { defineConfig } from "vitest/config";

// One embedded database per run: every file runs in the same worker, which migrates once.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
