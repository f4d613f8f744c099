import type { FastifyInstance } from "fastify";
import { getTestDb } from "@samspill/db/testing";
import { buildServer } from "../http/server.js";

let app: Promise<FastifyInstance> | undefined;

/** The whole application on the run's test database, built once and shared by test files. */
export function getTestApp(): Promise<FastifyInstance> {
  app ??= (async () => buildServer({ db: await getTestDb() }))();
  return app;
}

/** A tRPC query over HTTP, as a browser sends it. */
export async function trpcQuery(path: string, input?: unknown) {
  const server = await getTestApp();
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await server.inject({ method: "GET", url: `/api/trpc/${path}${query}` });
  return { status: response.statusCode, body: response.json() as TrpcBody, headers: response.headers };
}

export interface TrpcBody {
  result?: { data: unknown };
  error?: {
    message: string;
    data: {
      code: string;
      httpStatus: number;
      domainCode: string | null;
      reason: string | null;
      issues: Array<{ path: string; code: string; message: string }> | null;
      requestId: string | null;
    } & Record<string, unknown>;
  };
}
