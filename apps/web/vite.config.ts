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
        // So everything the first render loads is one chunk; the forms layer with zod (which only
        // pages with forms need) is one; and the app's own code that pages share is one. The rest
        // (the charting library and what it uses) is split as Rolldown does by default.
        codeSplitting: {
          groups: [
            { name: "shell", tags: ["$initial"], priority: 3 },
            { name: "forms", test: /\/node_modules\/zod\/|\/src\/shared\/forms\//, priority: 2 },
            { name: "shared", test: /\/apps\/web\/src\/|\/packages\/(domain|i18n)\/src\/|\/@digdir\/designsystemet-react\//, minShareCount: 2, priority: 1 },
          ],
        },
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
