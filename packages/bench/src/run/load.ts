import autocannon from "autocannon";

// One load measurement with autocannon, with percentiles of every response's own latency
// (autocannon's histogram has no p95) and the failures counted: connection errors, timeouts
// and any answer that is not 2xx.

export type LoadRequest = NonNullable<autocannon.Options["requests"]>[number];

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  requests?: LoadRequest[];
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  failures: number;
  statusCodes: Record<string, number>;
}

export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const started = performance.now();
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      url: options.url,
      connections: options.connections,
      duration: options.seconds,
        method: options.method ?? "GET",
      headers: options.headers ?? {},
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.requests ? { requests: options.requests } : {}),
      timeout: 30,
    }, (error, result) => (error ? reject(error as Error) : resolve(result)));
  });
  instance!.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await finished;
  const seconds = (performance.now() - started) / 1000;
  const ok = Object.entries(statusCodes).filter(([code]) => code.startsWith("2")).reduce((sum, [, n]) => sum + n, 0);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: ok / Math.max(seconds, 0.001),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests: latencies.length,
    failures: result.errors + result.timeouts + (latencies.length - ok),
    statusCodes,
  };
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** SQL statements of one request, from the server's `Server-Timing: sql;desc="<N> statements"`; undefined without it. */
export function statementsOf(headers: Headers): number | undefined {
  const match = /sql;desc="(\d+) statements"/.exec(headers.get("server-timing") ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * Waits until the server answers a light request quickly three times running: a load that
 * ended leaves requests in flight (and queries in the database) that would otherwise count
 * against the next measurement. Gives up after `maxSeconds`.
 */
export async function waitUntilIdle(url: string, headers: Record<string, string>, maxSeconds = 30): Promise<void> {
  const end = performance.now() + maxSeconds * 1000;
  for (let quick = 0; quick < 3 && performance.now() < end;) {
    const started = performance.now();
    try {
      await (await fetch(url, { headers })).arrayBuffer();
    } catch {
      // Not answering is not idle.
    }
    quick = performance.now() - started < 250 ? quick + 1 : 0;
    if (quick < 3) await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
