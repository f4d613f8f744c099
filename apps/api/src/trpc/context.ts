import type { FastifyReply, FastifyRequest } from "fastify";
import { isDatabaseUnavailable, type Db, type ReportingCache, type SessionRow, type UserRow } from "@samspill/db";
import { ANONYMOUS, type Actor } from "@samspill/domain";
import type { StatisticsClients } from "@samspill/statistics";
import { actorOf } from "../auth/actor-scope.js";
import { readSessionCookie, type CookiePolicy } from "../auth/session-cookie.js";
import { resumeSession } from "../auth/session-service.js";
import type { OidcServices } from "../auth/oidc/oidc-services.js";
import type { MeasureNumbering } from "../modules/measures/measure-numbers.js";
import type { FileLimits } from "./file-limits.js";
import type { FileRate } from "./file-rate.js";
import { databaseUnavailable } from "./init.js";

export interface ServerServices {
  db: Db;
  cookies: CookiePolicy;
  /** The clock, injectable so tests can move past session limits. */
  now: () => Date;
  /** SSB and Kolada, for indicator imports; tests point them at the fixture server. */
  statistics: StatisticsClients;
  /** How many files are made at once in this process (`file-limits.ts`). */
  files: FileLimits;
  /** Single sign-on: providers' configurations and the secret key (`auth/oidc`). */
  oidc: OidcServices;
  /** How many files each reader may ask for a minute, counted across instances (`file-rate.ts`). */
  fileRate: FileRate;
  /** The dashboards' reporting figures, kept while their councils' data is unchanged (`@samspill/db`). */
  reporting: ReportingCache;
  /** Measures' numbers, kept for programmes whose structure can no longer change (`measure-numbers.ts`). */
  measureNumbering: MeasureNumbering;
}

export interface Context extends ServerServices {
  requestId: string;
  req: FastifyRequest;
  res: FastifyReply;
  /** Who is asking: from the session cookie, never from input. */
  actor: Actor;
  user: UserRow | undefined;
  session: SessionRow | undefined;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function contextFactory(services: ServerServices) {
  return async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<Context> => {
    const base = { ...services, requestId: String(req.id), req, res };
    const token = readSessionCookie(req, services.cookies);
    const now = services.now();
    try {
      const resumed = token ? await resumeSession(services.db, token, now, isoDay(now)) : undefined;
      if (!resumed) return { ...base, actor: ANONYMOUS, user: undefined, session: undefined };
      const actor = actorOf(resumed.user, resumed.scope);
      return { ...base, actor, user: resumed.user, session: resumed.session };
    } catch (error) {
      // Reading the session is the first thing to meet a database that is away.
      throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
    }
  };
}
