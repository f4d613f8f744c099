import type { DecisionLink, DecisionLinkKind } from "@samspill/domain";
import type { Executor } from "../shared/executor.js";

// What a council's decision concerns (programmes, measures, agreements), read both ways: from
// the meeting to the things, and from a thing back to the decisions about it. The rows carry
// what the API needs to decide who may see each side (owners, counties, published flags).

/** A linked thing as the meeting page shows it, with where it sits for the permission rules. */
export interface DecisionLinkTarget {
  decisionId: string;
  kind: DecisionLinkKind;
  id: string;
  title: string;
  /** The programme itself, or the measure's programme; null for an agreement. */
  programmeId: string | null;
  /** The programme's owner: the council (or the municipality running its own programme). */
  programmeOwnerId: string | null;
  /** Whether the programme (of a measure) is published; agreements never are. */
  published: boolean;
  /** The programme's revision, or the measure's scope, for the reader to tell versions apart. */
  revision: number | null;
  measureScope: "shared" | "local" | null;
  measureOwnerId: string | null;
  /** An agreement's county. */
  countyId: string | null;
}

/** Replaces the links of a decision with these, in this order. */
export async function replaceDecisionLinks(db: Executor, decisionId: string, links: readonly DecisionLink[]): Promise<void> {
  await db.deleteFrom("decisionLink").where("decisionId", "=", decisionId).execute();
  if (links.length === 0) return;
  await db
    .insertInto("decisionLink")
    .values(links.map((link, position) => ({
      decisionId,
      position,
      programmeId: link.kind === "programme" ? link.id : null,
      measureId: link.kind === "measure" ? link.id : null,
      agreementId: link.kind === "agreement" ? link.id : null,
    })))
    .execute();
}

/** The links of the given decisions, each decision's in the order they were given; three queries. */
export async function listDecisionLinks(db: Executor, decisionIds: readonly string[]): Promise<DecisionLinkTarget[]> {
  if (decisionIds.length === 0) return [];
  const none = { measureScope: null, measureOwnerId: null, countyId: null };
  const [programmes, measures, agreements] = await Promise.all([
    db.selectFrom("decisionLink")
      .innerJoin("programme", "programme.id", "decisionLink.programmeId")
      .select(["decisionLink.decisionId", "decisionLink.position", "programme.id", "programme.title", "programme.ownerId",
        "programme.published", "programme.revision"])
      .where("decisionLink.decisionId", "in", decisionIds)
      .execute(),
    db.selectFrom("decisionLink")
      .innerJoin("measure", "measure.id", "decisionLink.measureId")
      .innerJoin("programme", "programme.id", "measure.programmeId")
      .select(["decisionLink.decisionId", "decisionLink.position", "measure.id", "measure.title", "measure.scope",
        "measure.ownerId as measureOwnerId", "programme.id as programmeId", "programme.ownerId", "programme.published"])
      .where("decisionLink.decisionId", "in", decisionIds)
      .execute(),
    db.selectFrom("decisionLink")
      .innerJoin("partnershipAgreement as agreement", "agreement.id", "decisionLink.agreementId")
      .select(["decisionLink.decisionId", "decisionLink.position", "agreement.id", "agreement.title", "agreement.countyId"])
      .where("decisionLink.decisionId", "in", decisionIds)
      .execute(),
  ]);
  const rows = [
    ...programmes.map((row) => ({
      position: row.position, decisionId: row.decisionId, kind: "programme" as const, id: row.id, title: row.title,
      programmeId: row.id, programmeOwnerId: row.ownerId, published: row.published, revision: row.revision, ...none,
    })),
    ...measures.map((row) => ({
      position: row.position, decisionId: row.decisionId, kind: "measure" as const, id: row.id, title: row.title,
      programmeId: row.programmeId, programmeOwnerId: row.ownerId, published: row.published, revision: null,
      measureScope: row.scope as "shared" | "local", measureOwnerId: row.measureOwnerId, countyId: null,
    })),
    ...agreements.map((row) => ({
      position: row.position, decisionId: row.decisionId, kind: "agreement" as const, id: row.id, title: row.title,
      programmeId: null, programmeOwnerId: null, published: false, revision: null, ...none, countyId: row.countyId,
    })),
  ];
  return rows.sort((a, b) => a.position - b.position).map(({ position: _position, ...target }) => target);
}

/** A decision about a thing, with its case and meeting, for "Decisions: 12/23 …" on the thing's page. */
export interface DecisionAbout {
  decisionId: string;
  text: string;
  decidedOn: string;
  published: boolean;
  caseNumber: string;
  agendaItemTitle: string;
  meetingId: string;
  meetingTitle: string;
  body: string;
  councilId: string;
  meetingPublished: boolean;
  /** The decision adopted this programme (rather than only concerning it). */
  adopts: boolean;
}

/**
 * The decisions about a programme, measure or agreement, oldest first. A programme's include the
 * decision that adopted it, whether or not it was also linked.
 */
export async function listDecisionsAbout(db: Executor, target: DecisionLink): Promise<DecisionAbout[]> {
  const column = ({ programme: "decisionLink.programmeId", measure: "decisionLink.measureId", agreement: "decisionLink.agreementId" } as const)[target.kind];
  const rows = await db
    .selectFrom("decision")
    .innerJoin("agendaItem", "agendaItem.id", "decision.agendaItemId")
    .innerJoin("meeting", "meeting.id", "agendaItem.meetingId")
    .select([
      "decision.id as decisionId", "decision.text", "decision.decidedOn", "decision.published", "decision.adoptsProgrammeId",
      "agendaItem.caseNumber", "agendaItem.title as agendaItemTitle", "meeting.id as meetingId", "meeting.title as meetingTitle",
      "meeting.body", "meeting.councilId", "meeting.published as meetingPublished",
    ])
    .where((eb) => {
      const linked = eb("decision.id", "in", eb.selectFrom("decisionLink").select("decisionLink.decisionId").where(column, "=", target.id));
      return target.kind === "programme" ? eb.or([linked, eb("decision.adoptsProgrammeId", "=", target.id)]) : linked;
    })
    .orderBy("decision.decidedOn")
    .orderBy("agendaItem.caseNumber")
    .orderBy("decision.id")
    .execute();
  return rows.map(({ adoptsProgrammeId, ...row }) => ({
    ...row, adopts: target.kind === "programme" && adoptsProgrammeId === target.id,
  }));
}

/** Whom each named thing belongs to, to check a decision links only its own council's: absent ones are left out. */
export interface LinkTargetOwner {
  kind: DecisionLinkKind;
  id: string;
  /** The programme's owner (of a programme or a measure's programme); for an agreement, each party. */
  ownerIds: string[];
}

export async function listLinkTargetOwners(db: Executor, links: readonly DecisionLink[]): Promise<LinkTargetOwner[]> {
  const ids = (kind: DecisionLinkKind) => links.filter((link) => link.kind === kind).map((link) => link.id);
  const [programmeIds, measureIds, agreementIds] = [ids("programme"), ids("measure"), ids("agreement")];
  const [programmes, measures, parties] = await Promise.all([
    programmeIds.length === 0 ? [] : db.selectFrom("programme").select(["id", "ownerId"]).where("id", "in", programmeIds).execute(),
    measureIds.length === 0 ? [] : db.selectFrom("measure").innerJoin("programme", "programme.id", "measure.programmeId")
      .select(["measure.id", "programme.ownerId"]).where("measure.id", "in", measureIds).execute(),
    agreementIds.length === 0 ? [] : db.selectFrom("agreementParty").select(["agreementId", "organisationId"])
      .where("agreementId", "in", agreementIds).execute(),
  ]);
  const agreementOwners = new Map<string, string[]>();
  for (const party of parties) agreementOwners.set(party.agreementId, [...(agreementOwners.get(party.agreementId) ?? []), party.organisationId]);
  return [
    ...programmes.map((row) => ({ kind: "programme" as const, id: row.id, ownerIds: [row.ownerId] })),
    ...measures.map((row) => ({ kind: "measure" as const, id: row.id, ownerIds: [row.ownerId] })),
    ...[...agreementOwners].map(([id, ownerIds]) => ({ kind: "agreement" as const, id, ownerIds })),
  ];
}
