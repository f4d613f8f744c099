import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./build/precompress";
import { sizeBudget } from "./build/size-budget";
import { unusedDesignCss } from "./build/unused-design-css";
import { zodUsers } from "./build/zod-users";

const zod = zodUsers();
const APP_CODE = /\/apps\/web\/src\/|\/packages\/(domain|i18n)\/src\/|\/@digdir\/designsystemet-react\//;

// In development the API runs separately on port 3000; in production it serves dist/ itself,
// so the client always calls the same-origin path /api.
export default defineConfig({
  plugins: [react(), zod.plugin, unusedDesignCss(), precompress(), sizeBudget()],
  resolve: {
    // Only the elements the app's components use (see the module).
    alias: [{ find: /^@digdir\/designsystemet-web$/, replacement: fileURLToPath(new URL("src/app/design-system-elements.ts", import.meta.url)) }],
  },
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
        // So everything the first render loads is one chunk; zod with every module that needs it
        // (the domain's schemas, the forms that check input with them; `build/zod-users.ts`) is
        // one, for the pages with forms; and the rest of the app's own code that pages share is
        // one, which never imports the forms chunk, so a page that only reads downloads no zod.
        // The chunks import one another one way (pages → forms → shared → shell), so they run in
        // the order the code was written in. The rest (the charting library and what it uses)
        // is split as Rolldown does by default.
        codeSplitting: {
          groups: [
            { name: "shell", tags: ["$initial"], priority: 3 },
            // Not their dependencies: the lists and helpers the schemas use stay with the shared
            // code, which reading pages need too. A form only one page has stays in its chunk.
            { name: "forms", test: zod.needsZod, minShareCount: 2, priority: 2, includeDependenciesRecursively: false },
            { name: "shared", test: (id) => APP_CODE.test(id) && !zod.needsZod(id), minShareCount: 2, priority: 1 },
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
