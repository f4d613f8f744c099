import { configDefaults, defineConfig } from "vitest/config";

// One embedded database per run: every file runs in the same worker, which migrates once.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Real processes, nginx and a PostgreSQL server of their own: `pnpm test:operations`.
    exclude: [...configDefaults.exclude, "src/operations/**"],
    pool: "forks",
    fileParallelism: false,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
