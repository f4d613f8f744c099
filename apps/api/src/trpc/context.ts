import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "@samspill/db";
import { ANONYMOUS, type Actor } from "@samspill/domain";

export interface Context {
  db: Db;
  requestId: string;
  req: FastifyRequest;
  res: FastifyReply;
  /** Who is asking. Sign-in arrives with sessions; until then every caller is anonymous. */
  actor: Actor;
}

export function contextFactory(db: Db) {
  return ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Context => ({
    db,
    requestId: String(req.id),
    req,
    res,
    actor: ANONYMOUS,
  });
}
