import { defineConfig } from "vitest/config";
import { LastChangesLastSequencer } from "./src/support/sequencer.js";

// Browser tests share one running portal (started in global-setup) and one Chromium per file.
export default defineConfig({
  test: {
    include: ["src/**/*.spec.ts"],
    globalSetup: ["src/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    sequence: { sequencer: LastChangesLastSequencer },
  },
});
