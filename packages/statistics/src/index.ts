import { KoladaClient } from "./kolada-client.js";
import { SsbClient } from "./ssb-client.js";
import type { TransportOptions } from "./transport.js";

// Clients of the official statistics behind imported indicators: SSB (Norway, JSON-stat 2.0)
// and Kolada (Sweden). Base addresses are configurable because the real hosts are not
// reachable from the build machines; tests point them at the fixture server in ./testing.

export { StatisticsError, isStatisticsError, type StatisticsErrorKind, type StatisticsSource } from "./errors.js";
export { decodeJsonStat, JsonStatDatasetSchema, type JsonStatCell, type JsonStatCube, type JsonStatDimension } from "./json-stat.js";
export { KoladaClient, KoladaPageSchema, KOLADA_DEFAULT_URL, type KoladaClientOptions, type KoladaObservation, type KoladaQuery } from "./kolada-client.js";
export { Pacer, realSleep, type PaceLimit, type Sleep } from "./pacer.js";
export { parsePeriod, periodDate, type Period, type PeriodEdge } from "./periods.js";
export {
  SsbClient, SSB_CELL_LIMIT, SSB_DEFAULT_URL, SSB_PACE,
  type SsbClientOptions, type SsbObservation, type SsbSeriesQuery, type ValueSelection,
} from "./ssb-client.js";
export { retryAfterMs, Transport, type Fetch, type TransportOptions } from "./transport.js";

export interface StatisticsClients {
  ssb: SsbClient;
  kolada: KoladaClient;
}

/** Both clients, on the given base addresses (the public hosts unless set). */
export function createStatisticsClients(
  options: { ssbUrl?: string | undefined; koladaUrl?: string | undefined } & TransportOptions = {},
): StatisticsClients {
  const { ssbUrl, koladaUrl, ...transport } = options;
  return {
    ssb: new SsbClient({ ...transport, ...(ssbUrl ? { baseUrl: ssbUrl } : {}) }),
    kolada: new KoladaClient({ ...transport, ...(koladaUrl ? { baseUrl: koladaUrl } : {}) }),
  };
}
