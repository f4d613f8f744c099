import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

// A stand-in for data.ssb.no and api.kolada.se on a free local port, serving the fixture files
// at the paths the real APIs use. Besides the files, it answers SSB table 99999 and Kolada KPI
// N99999 with malformed data (so a browser test can bind to a broken source), and can be told
// to answer the next requests with 429, a malformed body or a server error.

export const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));

export const MALFORMED_SSB_TABLE = "99999";
export const MALFORMED_KOLADA_KPI = "N99999";

export type FixtureFailure = "rate_limited" | "malformed" | "server_error";

export interface FixtureServer {
  /** Base address for both clients, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  /** Answers the next `times` requests with a failure instead of the fixture. */
  failNext(failure: FixtureFailure, options?: { times?: number; retryAfter?: string }): void;
  close(): Promise<void>;
}

const KOLADA_HOST = "https://api.kolada.se";

function fixture(name: string): string | undefined {
  const file = `${FIXTURES_DIR}${name}`;
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body);
}

/** The fixture a path asks for, or undefined for a path the real API would answer 404. */
function route(url: URL, base: string): { ssb: boolean; body: string | undefined } | undefined {
  const ssb = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)\/data$/.exec(url.pathname);
  if (ssb?.[1]) {
    const table = decodeURIComponent(ssb[1]);
    return { ssb: true, body: fixture(table === MALFORMED_SSB_TABLE ? "ssb-malformed.json" : `ssb-${table}.json`) };
  }
  const kolada = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/[^/]+\/year\/[^/]+$/.exec(url.pathname);
  if (kolada?.[1]) {
    const kpi = decodeURIComponent(kolada[1]);
    const page = url.searchParams.get("page") ?? "1";
    const body = fixture(kpi === MALFORMED_KOLADA_KPI ? "kolada-malformed.json" : `kolada-${kpi}-page${page}.json`);
    return { ssb: false, body: body?.replaceAll(KOLADA_HOST, base) };
  }
  return undefined;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const failures: Array<{ failure: FixtureFailure; retryAfter: string | undefined }> = [];
  let base = "";

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    requests.push(`${url.pathname}${url.search}`);
    const target = req.method === "GET" ? route(url, base) : undefined;
    const failure = target ? failures.shift() : undefined;
    if (!target || target.body === undefined) {
      send(res, 404, JSON.stringify({ title: "Not Found", status: 404 }));
    } else if (failure?.failure === "rate_limited") {
      send(res, 429, JSON.stringify({ title: "Too Many Requests", status: 429 }), failure.retryAfter === undefined ? {} : { "retry-after": failure.retryAfter });
    } else if (failure?.failure === "server_error") {
      send(res, 500, JSON.stringify({ title: "Internal Server Error", status: 500 }));
    } else if (failure?.failure === "malformed") {
      send(res, 200, fixture(target.ssb ? "ssb-malformed.json" : "kolada-malformed.json") ?? "{}");
    } else {
      send(res, 200, target.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A test run may leave it open; it must not keep the process alive.
  server.unref();

  return {
    url: base,
    requests,
    failNext(failure, options = {}) {
      for (let count = 0; count < (options.times ?? 1); count += 1) failures.push({ failure, retryAfter: options.retryAfter });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; close would otherwise wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
