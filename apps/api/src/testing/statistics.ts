import { createStatisticsClients, type StatisticsClients, type TransportOptions } from "@samspill/statistics";
import { startFixtureServer, type FixtureServer } from "@samspill/statistics/testing";

// SSB and Kolada for API tests: the statistics package's fixture server on a local port.

let shared: Promise<FixtureServer> | undefined;

/** The run's fixture server, started on first use; tests that script failures start their own. */
export function getFixtureServer(): Promise<FixtureServer> {
  shared ??= startFixtureServer();
  return shared;
}

/** Clients on a fixture server that neither pace nor really wait before a retry. */
export function fixtureClients(server: FixtureServer, options: TransportOptions = {}): StatisticsClients {
  return createStatisticsClients({ ssbUrl: server.url, koladaUrl: server.url, pacing: null, sleep: async () => undefined, ...options });
}
