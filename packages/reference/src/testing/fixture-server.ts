import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { SCB_REGION_TABLE } from "../scb-client.js";

// A stand-in for data.ssb.no (KLASS) and api.scb.se on a free local port, answering the paths
// the real APIs use from fixture files: `/api/klass/v1/classifications/131/codes` →
// `klass-131-codes.json`, `…/104/codesAt` → `klass-104-codesAt.json`, SCB's table →
// `scb-befolkningny.json`. It can be pointed at another folder of answers, and told to answer
// the next requests with a malformed body or a server error.

export const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));

export type FixtureFailure = "malformed" | "server_error";

export interface FixtureServer {
  /** Base address for both clients, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  /** Answers the next `times` requests with a failure instead of the fixture. */
  failNext(failure: FixtureFailure, options?: { times?: number }): void;
  /** Answers requests for `file` with `body` instead of the file's content. */
  replace(file: string, body: string): void;
  close(): Promise<void>;
}

function fileFor(pathname: string): string | undefined {
  const klass = /^\/api\/klass\/v1\/classifications\/(\d+)\/(codes|codesAt|changes)$/.exec(pathname);
  if (klass) return `klass-${klass[1]}-${klass[2]}.json`;
  return pathname === SCB_REGION_TABLE ? "scb-befolkningny.json" : undefined;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(body);
}

export async function startFixtureServer(options: { dir?: string } = {}): Promise<FixtureServer> {
  const dir = options.dir ?? FIXTURES_DIR;
  const requests: string[] = [];
  const failures: FixtureFailure[] = [];
  const replacements = new Map<string, string>();
  let base = "";

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    requests.push(`${url.pathname}${url.search}`);
    const file = req.method === "GET" ? fileFor(url.pathname) : undefined;
    const path = file === undefined ? undefined : `${dir.replace(/\/+$/, "")}/${file}`;
    const body = file === undefined ? undefined : replacements.get(file) ?? (path && existsSync(path) ? readFileSync(path, "utf8") : undefined);
    if (body === undefined) return send(res, 404, JSON.stringify({ error: "Not Found", status: 404 }));
    const failure = failures.shift();
    if (failure === "server_error") return send(res, 500, JSON.stringify({ error: "Internal Server Error", status: 500 }));
    if (failure === "malformed") return send(res, 200, JSON.stringify({ unexpected: true }));
    send(res, 200, body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A test run may leave it open; it must not keep the process alive.
  server.unref();

  return {
    url: base,
    requests,
    failNext(failure, failOptions = {}) {
      for (let count = 0; count < (failOptions.times ?? 1); count += 1) failures.push(failure);
    },
    replace(file, replacement) {
      replacements.set(file, replacement);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; close would otherwise wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
