// Test support: a local server that answers like SSB and Kolada from the shipped fixtures.
export {
  FIXTURES_DIR, MALFORMED_KOLADA_KPI, MALFORMED_SSB_TABLE, startFixtureServer,
  type FixtureFailure, type FixtureServer,
} from "./fixture-server.js";
