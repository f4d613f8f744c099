import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./build/precompress";
import { sizeBudget } from "./build/size-budget";

// In development the API runs separately on port 3000; in production it serves dist/ itself,
// so the client always calls the same-origin path /api.
export default defineConfig({
  plugins: [react(), precompress(), sizeBudget()],
  server: {
    proxy: {
      "/api": "http://127.0.0.1:3000",
    },
  },
  build: {
    outDir: "dist",
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare itself free of side effects, so without
        // this every component it has (comboboxes, virtual lists, popovers) would be bundled
        // whether used or not. Its modules only define components; the custom elements they need
        // come from @digdir/designsystemet-web, which keeps its side effects.
        moduleSideEffects: (id) => !id.includes("/@digdir/designsystemet-react/"),
      },
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    environment: "node",
  },
});
