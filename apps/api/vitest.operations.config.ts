import { defineConfig } from "vitest/config";

// The operations tests (`src/operations`): real processes — production instances, nginx, a
// PostgreSQL server of their own — started and stopped as an operator would. `.ci/run` runs
// them (`pnpm --filter @samspill/api test:operations`); `pnpm test` does not.
export default defineConfig({
  test: {
    include: ["src/operations/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
