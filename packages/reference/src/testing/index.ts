// Test support: a local server that answers like SSB KLASS and SCB from the shipped fixtures.
export { FIXTURES_DIR, startFixtureServer, type FixtureFailure, type FixtureServer } from "./fixture-server.js";
