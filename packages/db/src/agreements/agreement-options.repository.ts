import type { MeasureStatus, OrganisationKind, ProgrammeStatus } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// What a county official may choose from while writing an agreement: the organisations that
// can be its parties, and the measures of the parties' programmes that can fulfil an obligation.

export interface PartyOption {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/**
 * The councils and municipalities of the county and the partner organisations, valid on the
 * day given, by kind and name. Few hundred at most: a county has a few dozen municipalities.
 */
export async function listPartyOptions(db: Executor, countyId: string, validOn: string): Promise<PartyOption[]> {
  return db
    .selectFrom("organisation")
    .select(["id", "name", "kind"])
    .where((eb) =>
      eb.or([
        eb.and([eb("kind", "in", ["regional_council", "municipality"]), eb("countyId", "=", countyId)]),
        eb("kind", "=", "partner"),
      ]),
    )
    .where("validFrom", "<=", validOn)
    .where((eb) => eb.or([eb("validTo", "is", null), eb("validTo", ">=", validOn)]))
    .orderBy("kind")
    .orderBy("name")
    .execute();
}

export interface MeasureOption {
  id: string;
  title: string;
  status: MeasureStatus;
  predecessorId: string | null;
  programmeId: string;
  programmeTitle: string;
  programmeStatus: ProgrammeStatus;
}

/** The measures of the programmes the organisations hold that are not superseded, programme by programme. */
export async function listMeasuresOfOwners(db: Executor, ownerIds: readonly string[]): Promise<MeasureOption[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom("measure")
    .innerJoin("programme", "programme.id", "measure.programmeId")
    .select([
      "measure.id", "measure.title", "measure.status", "measure.predecessorId", "programme.id as programmeId",
      "programme.title as programmeTitle", "programme.status as programmeStatus",
    ])
    .where("programme.ownerId", "in", ownerIds)
    .where("programme.status", "<>", "superseded")
    .orderBy("programme.periodStart", "desc")
    .orderBy("measure.position")
    .orderBy("measure.title")
    .execute();
}

/** The copies a revision made of a measure, and of those copies, in programmes that are not superseded. */
export async function listLaterVersionIds(db: Executor, measureId: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [measureId];
  // One step per revision: a measure has been revised a handful of times at most.
  while (frontier.length > 0) {
    const rows = await db
      .selectFrom("measure")
      .innerJoin("programme", "programme.id", "measure.programmeId")
      .select("measure.id")
      .where("measure.predecessorId", "in", frontier)
      .where("programme.status", "<>", "superseded")
      .execute();
    frontier = rows.map((row) => row.id).filter((id) => !found.includes(id) && id !== measureId);
    found.push(...frontier);
  }
  return found;
}
