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
    // One stylesheet for the whole app (a few KB more than the shell's own): a page's code then
    // waits for no stylesheet of its own, each a request of its own on a slow network.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Fewer, larger files. On a slow network each file costs a round trip, and a browser
        // fetches only about six at once from one server over HTTP/1.1: the shell's dozen small
        // chunks and the thirty-odd a page such as the programme needed were round trips in a row.
        // So everything the first render loads is one chunk, and the code pages share is grouped
        // by the pages that use it, a group under 24 KB joining its nearest neighbour. The charting
        // library stays apart, for the pages that draw a chart.
        codeSplitting: {
          groups: [
            { name: "shell", tags: ["$initial"], priority: 2 },
            {
              name: "shared",
              test: (id) => !id.includes("/recharts/") && !id.includes("/d3-"),
              minShareCount: 2,
              priority: 1,
              entriesAware: true,
              entriesAwareMergeThreshold: 24 * 1024,
            },
          ],
        },
        // The groups' own names list every page that shares them.
        chunkFileNames: (chunk) => (chunk.name.startsWith("shared~") ? "assets/shared-[hash].js" : "assets/[name]-[hash].js"),
      },
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
