import { createComment, createMeasure, createMeasurePart, createProgramme, getTestDb } from "@samspill/db/testing";
import type { Resource } from "@samspill/domain";
import type { SecurityCase } from "../../security/security-case.js";
import type { SecurityWorld } from "../../security/security-world.js";

/**
 * The contributor's municipality's part of a shared measure in a PUBLISHED programme of the
 * world's council: comments stay hidden from the public all the same.
 */
async function partInWorld(world: SecurityWorld) {
  const db = await getTestDb();
  const { programme } = await createProgramme(db, { ownerId: world.council.id, published: true, focusAreaCount: 0 });
  const measure = await createMeasure(db, { programmeId: programme.id, ownerId: world.council.id, scope: "shared" });
  const part = await createMeasurePart(db, { measureId: measure.id, municipalityId: world.municipality.id });
  const resource: Resource = {
    kind: "measure_part", councilId: world.council.id, municipalityId: world.municipality.id, countyId: world.county.id, published: false,
  };
  return { part, resource };
}

/**
 * A comment by the world's secretariat. Only its author may change it: every other actor who
 * may comment gets FORBIDDEN (not_author). Of the world's actors that is exactly what
 * edit_programme decides on the council's own unpublished measure (the secretariat allowed,
 * other roles of the council FORBIDDEN, outsiders NOT_FOUND), so the case compares with that row.
 */
async function secretariatsComment(world: SecurityWorld) {
  const { actor } = world.actors.secretariat;
  if (!("userId" in actor)) throw new Error("the world's secretariat is signed in");
  const { part, resource } = await partInWorld(world);
  const comment = await createComment(await getTestDb(), { subjectType: "measure_part", subjectId: part.id, authorId: actor.userId });
  return { comment, resource, action: "edit_programme" as const };
}

export const securityCases: SecurityCase[] = [
  {
    path: "comments.list",
    arrange: async (world) => {
      const { part, resource } = await partInWorld(world);
      return { input: { subjectType: "measure_part", subjectId: part.id }, resource };
    },
  },
  {
    path: "comments.add",
    arrange: async (world) => {
      const { part, resource } = await partInWorld(world);
      return { input: { subjectType: "measure_part", subjectId: part.id, body: "Framdrift som planlagt." }, resource };
    },
  },
  {
    path: "comments.edit",
    arrange: async (world) => {
      const { comment, resource, action } = await secretariatsComment(world);
      return { input: { id: comment.id, version: comment.version, body: "Oppdatert." }, resource, action };
    },
  },
  {
    path: "comments.delete",
    arrange: async (world) => {
      const { comment, resource, action } = await secretariatsComment(world);
      return { input: { id: comment.id, version: comment.version }, resource, action };
    },
  },
];
