import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { findOrganisationById, findOrganisationBySlug, listOwnersWithPublishedProgrammes, listPublishedProgrammes, type Db } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { publicProgramme } from "../../modules/public/public-programme-view.js";

// The read-only open-data API (apps/api/PUBLIC-API.md): what councils have published, under
// stable, versioned URLs. Anyone may read it from anywhere, so it answers CORS with `*`, may be
// cached for five minutes, and carries no session: it never reads the cookie.

export interface PublicApiOptions {
  db: Db;
}

export const PUBLIC_API_PREFIX = "/api/public/v1";
const CACHE_SECONDS = 300;

function open(reply: FastifyReply): FastifyReply {
  return reply
    .header("access-control-allow-origin", "*")
    .header("cross-origin-resource-policy", "cross-origin")
    .header("vary", "accept-encoding");
}

function ok<T>(reply: FastifyReply, body: T): T {
  open(reply).header("cache-control", `public, max-age=${CACHE_SECONDS}`);
  return body;
}

function notFound(reply: FastifyReply, kind: string) {
  return open(reply).code(404).header("cache-control", "no-store").send({ error: { code: "NOT_FOUND", kind } });
}

const councilLink = (owner: { id: string; slug: string | null }) => `${PUBLIC_API_PREFIX}/councils/${owner.slug ?? owner.id}/programmes`;
const programmeLink = (id: string) => `${PUBLIC_API_PREFIX}/programmes/${id}`;

const publicApi: FastifyPluginAsync<PublicApiOptions> = async (app, { db }) => {
  // Nothing internal leaks: an unexpected failure is logged with the request id and answered plainly.
  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error, requestId: request.id }, "public api failure");
    return open(reply).code(500).header("cache-control", "no-store").send({ error: { code: "INTERNAL", requestId: request.id } });
  });

  app.options(`${PUBLIC_API_PREFIX}/*`, async (_request, reply) =>
    open(reply).code(204).header("access-control-allow-methods", "GET, HEAD, OPTIONS").header("access-control-max-age", "86400").send(),
  );

  app.get(`${PUBLIC_API_PREFIX}/councils`, async (_request, reply) => {
    const owners = await listOwnersWithPublishedProgrammes(db);
    return ok(reply, {
      apiVersion: "1",
      councils: owners.map((owner) => ({ ...owner, links: { programmes: councilLink(owner) } })),
    });
  });

  app.get<{ Params: { slug: string } }>(`${PUBLIC_API_PREFIX}/councils/:slug/programmes`, async (request, reply) => {
    const { slug } = request.params;
    // Owners without a slug are addressed by their id, as the councils list links them.
    const owner = IdSchema.safeParse(slug).success ? await findOrganisationById(db, slug) : await findOrganisationBySlug(db, slug);
    if (!owner) return notFound(reply, "council");
    const programmes = await listPublishedProgrammes(db, { ownerId: owner.id });
    return ok(reply, {
      apiVersion: "1",
      council: { id: owner.id, name: owner.name, slug: owner.slug, kind: owner.kind, country: owner.country },
      programmes: programmes.map((programme) => ({
        id: programme.id,
        title: programme.title,
        periodStart: programme.periodStart,
        periodEnd: programme.periodEnd,
        status: programme.status,
        revision: programme.revision,
        publishedAt: programme.publishedAt ? new Date(programme.publishedAt).toISOString() : null,
        links: { self: programmeLink(programme.id) },
      })),
    });
  });

  app.get<{ Params: { id: string } }>(`${PUBLIC_API_PREFIX}/programmes/:id`, async (request, reply) => {
    const { id } = request.params;
    const programme = IdSchema.safeParse(id).success ? await publicProgramme(db, id) : undefined;
    if (!programme) return notFound(reply, "programme");
    return ok(reply, { apiVersion: "1", programme });
  });
};

export default publicApi;
