import { defineConfig } from "vitest/config";

// The generator's test loads a small installation into a database of its own (PGlite in
// memory, or a fresh database on DATABASE_URL's server) once for the file.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
