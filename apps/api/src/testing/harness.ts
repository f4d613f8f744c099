import type { FastifyInstance } from "fastify";
import type { Role } from "@samspill/domain";
import { createOrganisation, createUser, getTestDb, uniqueEmail } from "@samspill/db/testing";
import { buildServer, type BuildServerOptions } from "../http/server.js";
import { fixtureClients, getFixtureServer } from "./statistics.js";

let app: Promise<FastifyInstance> | undefined;

// The whole suite asks for files from one address (127.0.0.1) within minutes; the limits per
// reader are tested on their own app (`file-limits.test.ts`), so the shared one lets it through.
const SUITE_FILE_LIMITS = { perMinute: 100_000, concurrent: 2, waiting: 100_000 };

/** The whole application on the run's test database, built once and shared by test files. */
export function getTestApp(): Promise<FastifyInstance> {
  app ??= (async () => buildServer({ db: await getTestDb(), statistics: fixtureClients(await getFixtureServer()), fileLimits: SUITE_FILE_LIMITS }))();
  return app;
}

/** A separate application, for tests that need their own clock, cookie policy or limits. */
export async function buildTestApp(options: Partial<BuildServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ db: await getTestDb(), statistics: fixtureClients(await getFixtureServer()), fileLimits: SUITE_FILE_LIMITS, ...options });
}

export interface CallOptions {
  cookie?: string | undefined;
  headers?: Record<string, string>;
  app?: FastifyInstance;
  /** The client's address, for tests of per-address limits. */
  remoteAddress?: string;
}

/** A tRPC query over HTTP, as a browser sends it. */
export async function trpcQuery(path: string, input?: unknown, options: CallOptions = {}) {
  const server = options.app ?? (await getTestApp());
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await server.inject({
    method: "GET",
    url: `/api/trpc/${path}${query}`,
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
  });
  return { status: response.statusCode, body: response.json() as TrpcBody, headers: response.headers, response };
}

/** A tRPC mutation over HTTP: POST with a JSON body from the same site. */
export async function trpcMutation(path: string, input?: unknown, options: CallOptions = {}) {
  const server = options.app ?? (await getTestApp());
  const response = await server.inject({
    method: "POST",
    url: `/api/trpc/${path}`,
    headers: {
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    payload: JSON.stringify(input ?? null),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  return { status: response.statusCode, body: response.json() as TrpcBody, headers: response.headers, response };
}

export const TEST_PASSWORD = "correct horse battery staple";

/** Signs in over HTTP and returns the cookie header to send with later calls. */
export async function signIn(email: string, password = TEST_PASSWORD, app?: FastifyInstance): Promise<string> {
  const { status, response } = await trpcMutation("auth.signIn", { email, password }, { app });
  if (status !== 200) throw new Error(`sign-in failed with ${status}: ${response.body}`);
  const cookie = response.cookies[0];
  if (!cookie) throw new Error("sign-in set no cookie");
  return `${cookie.name}=${cookie.value}`;
}

/** A user with a role in an organisation (a new municipality unless one is given), signed in. */
export async function signedInUser(role: Role, organisationId?: string, app?: FastifyInstance) {
  const db = await getTestDb();
  const orgId = organisationId ?? (await createOrganisation(db)).id;
  const email = uniqueEmail();
  const user = await createUser(db, { role, organisationId: orgId, email, password: TEST_PASSWORD });
  return { user, cookie: await signIn(email, TEST_PASSWORD, app) };
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
      params: Record<string, unknown> | null;
      issues: Array<{ path: string; code: string; message: string }> | null;
      requestId: string | null;
    };
  };
}
