// What other packages may import from the API: the router's type for the tRPC client, and
// buildServer() for tests that drive the whole application.
export type { AppRouter } from "./router.js";
export { buildServer } from "./http/server.js";
