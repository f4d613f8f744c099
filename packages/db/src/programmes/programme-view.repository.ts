import type { Executor } from "../shared/executor.js";
import type { OrganisationRow } from "../organisations/organisation.table.js";
import type { ProgrammeRow } from "./programme.table.js";
import type { StrategyRow } from "./strategy.table.js";

/** The organisation fields a reader of a programme needs to see who owns it. */
export type OwnerSummary = Pick<OrganisationRow, "id" | "name" | "kind" | "country" | "languageForm" | "slug">;

export type ProgrammeWithOwner = ProgrammeRow & { owner: OwnerSummary };

export interface ProgrammeAdoption {
  decidedOn: string;
  caseNumber: string;
  body: string;
  meetingTitle: string;
}

/** Everything around a programme that its page shows besides the tree itself. */
export interface ProgrammeSurroundings {
  owner: OwnerSummary;
  strategy: StrategyRow | undefined;
  adoption: ProgrammeAdoption | undefined;
  /** Names of the organisations that own or answer for the programme's measures. */
  organisationNames: Map<string, string>;
  /** How many municipality parts each shared measure has. */
  partCounts: Map<string, number>;
}

const ownerColumns = ["id", "name", "kind", "country", "languageForm", "slug"] as const;

function programmesWithOwners(db: Executor) {
  return db
    .selectFrom("programme")
    .innerJoin("organisation as owner", "owner.id", "programme.ownerId")
    .selectAll("programme")
    .select([
      "owner.name as ownerName",
      "owner.kind as ownerKind",
      "owner.country as ownerCountry",
      "owner.languageForm as ownerLanguageForm",
      "owner.slug as ownerSlug",
    ])
    .orderBy("owner.name")
    .orderBy("programme.periodStart", "desc")
    .orderBy("programme.revision", "desc");
}

type ProgrammeOwnerRow = Awaited<ReturnType<ReturnType<typeof programmesWithOwners>["execute"]>>[number];

function withOwner({ ownerName, ownerKind, ownerCountry, ownerLanguageForm, ownerSlug, ...programme }: ProgrammeOwnerRow): ProgrammeWithOwner {
  return {
    ...programme,
    owner: { id: programme.ownerId, name: ownerName, kind: ownerKind, country: ownerCountry, languageForm: ownerLanguageForm, slug: ownerSlug },
  };
}

/** Published programmes with their owners, optionally of one owner, by owner then period. */
export async function listPublishedProgrammes(
  db: Executor,
  filter: { ownerId?: string | undefined } = {},
): Promise<ProgrammeWithOwner[]> {
  let query = programmesWithOwners(db).where("programme.published", "=", true);
  if (filter.ownerId) query = query.where("programme.ownerId", "=", filter.ownerId);
  return (await query.execute()).map(withOwner);
}

/** Every programme version, drafts included, of the given owners, by owner then period. */
export async function listProgrammesOfOwners(db: Executor, ownerIds: readonly string[]): Promise<ProgrammeWithOwner[]> {
  if (ownerIds.length === 0) return [];
  return (await programmesWithOwners(db).where("programme.ownerId", "in", ownerIds).execute()).map(withOwner);
}

/**
 * Owner, strategy, adoption, organisation names and part counts: five queries in all, four when
 * the caller already read the owner (to authorize the reader) and hands it in.
 */
export async function findProgrammeSurroundings(
  db: Executor,
  programme: ProgrammeRow,
  knownOwner?: OwnerSummary,
): Promise<ProgrammeSurroundings> {
  const [owner, strategy, adoption, organisations, partCounts] = await Promise.all([
    knownOwner ?? db.selectFrom("organisation").select(ownerColumns).where("id", "=", programme.ownerId).executeTakeFirstOrThrow(),
    programme.strategyId
      ? db.selectFrom("strategy").selectAll().where("id", "=", programme.strategyId).executeTakeFirst()
      : Promise.resolve(undefined),
    programme.adoptedDecisionId
      ? db
          .selectFrom("decision")
          .innerJoin("agendaItem", "agendaItem.id", "decision.agendaItemId")
          .innerJoin("meeting", "meeting.id", "agendaItem.meetingId")
          .select(["decision.decidedOn", "agendaItem.caseNumber", "meeting.body", "meeting.title as meetingTitle"])
          .where("decision.id", "=", programme.adoptedDecisionId)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom("organisation")
      .select(["id", "name"])
      .where((eb) =>
        eb.or([
          eb("id", "in", eb.selectFrom("measure").select("ownerId").where("programmeId", "=", programme.id)),
          eb(
            "id",
            "in",
            eb
              .selectFrom("measure")
              .select("responsibleOrganisationId")
              .where("programmeId", "=", programme.id)
              .where("responsibleOrganisationId", "is not", null),
          ),
        ]),
      )
      .execute(),
    db
      .selectFrom("measurePart")
      .innerJoin("measure", "measure.id", "measurePart.measureId")
      .select(["measurePart.measureId", (eb) => eb.fn.countAll<number>().as("parts")])
      .where("measure.programmeId", "=", programme.id)
      .groupBy("measurePart.measureId")
      .execute(),
  ]);
  return {
    owner,
    strategy,
    adoption,
    organisationNames: new Map(organisations.map((row) => [row.id, row.name])),
    partCounts: new Map(partCounts.map((row) => [row.measureId, Number(row.parts)])),
  };
}
