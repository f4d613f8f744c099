import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./build/precompress";

// In development the API runs separately on port 3000; in production it serves dist/ itself,
// so the client always calls the same-origin path /api.
export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      "/api": "http://127.0.0.1:3000",
    },
  },
  build: {
    outDir: "dist",
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
