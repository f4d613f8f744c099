// The render thread's entry point, plain JavaScript so any Node.js can start it: the portal runs
// its TypeScript through tsx, whose loader a worker thread does not inherit, so the thread
// registers tsx itself and then loads the renderer. The same works under vitest.
import { register } from "tsx/esm/api";

register();
await import("./render-worker.ts");
