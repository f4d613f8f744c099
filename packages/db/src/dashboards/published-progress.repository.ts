import type { MeasureStatus, OrganisationKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";
import { findProgrammeTree, type ProgrammeTree } from "../programmes/programme-tree.repository.js";

// What the public sees: only programmes their owner has published, filtered in SQL so an
// unpublished one is never read into memory on the public path.

export interface PublishedOwner {
  id: string;
  name: string;
  slug: string | null;
  kind: OrganisationKind;
  country: "NO" | "SE";
  programmeCount: number;
}

/** Councils (and municipalities, counties) with at least one published programme. */
export async function listOwnersWithPublishedProgrammes(db: Executor): Promise<PublishedOwner[]> {
  const rows = await db
    .selectFrom("organisation")
    .innerJoin("programme", "programme.ownerId", "organisation.id")
    .select(["organisation.id", "organisation.name", "organisation.slug", "organisation.kind", "organisation.country"])
    .select((eb) => eb.fn.countAll<number>().as("programmeCount"))
    .where("programme.published", "=", true)
    .groupBy(["organisation.id", "organisation.name", "organisation.slug", "organisation.kind", "organisation.country"])
    .orderBy("organisation.name")
    .orderBy("organisation.id")
    .execute();
  return rows.map((row) => ({ ...row, programmeCount: Number(row.programmeCount) }));
}

/** A published programme's tree, or undefined when it is not there or not published. */
export async function findPublishedProgrammeTree(db: Executor, programmeId: string): Promise<ProgrammeTree | undefined> {
  const published = await db
    .selectFrom("programme")
    .select("id")
    .where("id", "=", programmeId)
    .where("published", "=", true)
    .executeTakeFirst();
  if (!published) return undefined;
  const tree = await findProgrammeTree(db, programmeId);
  return tree?.programme.published ? tree : undefined;
}

export interface PublishedPart {
  measureId: string;
  municipalityName: string;
  status: MeasureStatus;
  progress: number;
}

/** The parts of a published programme's shared measures: municipality name, status, progress only. */
export async function listPublishedParts(db: Executor, programmeId: string): Promise<PublishedPart[]> {
  return db
    .selectFrom("measurePart")
    .innerJoin("measure", "measure.id", "measurePart.measureId")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .innerJoin("organisation", "organisation.id", "measurePart.municipalityId")
    .select(["measurePart.measureId", "organisation.name as municipalityName", "measurePart.status", "measurePart.progress"])
    .where("measure.programmeId", "=", programmeId)
    .where("programme.published", "=", true)
    .orderBy("organisation.name")
    .execute();
}
