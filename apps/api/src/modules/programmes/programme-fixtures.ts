import { insertDecision, insertStrategy, updateWithVersion, type ProgrammeRow } from "@samspill/db";
import { createAgendaItem, createMeeting, createProgramme, getTestDb } from "@samspill/db/testing";
import type { Resource } from "@samspill/domain";
import { trpcMutation, trpcQuery } from "../../testing/harness.js";

// Test data for strategies, programmes and meetings, shared by behaviour tests and security
// cases: programmes in each lifecycle state, adopted the way the council adopts them.

export interface Place {
  councilId: string;
  countyId: string;
}

export function programmeAt(place: Place, published: boolean): Resource {
  return { kind: "programme", councilId: place.councilId, municipalityId: null, countyId: place.countyId, published };
}

export function meetingAt(place: Place, published: boolean): Resource {
  return { kind: "meeting", councilId: place.councilId, municipalityId: null, countyId: place.countyId, published };
}

export async function draftProgramme(ownerId: string, focusAreaCount = 1) {
  return createProgramme(await getTestDb(), { ownerId, focusAreaCount });
}

/** Adopts a draft by a decision of a new meeting of its owner, as the council would. */
export async function adoptDirectly(programme: ProgrammeRow, published = false): Promise<ProgrammeRow> {
  const db = await getTestDb();
  const meeting = await createMeeting(db, { councilId: programme.ownerId });
  const item = await createAgendaItem(db, { meetingId: meeting.id });
  const decision = await insertDecision(db, {
    agendaItemId: item.id, text: "Handlingsprogrammet vedtas.", decidedOn: meeting.heldOn, adoptsProgrammeId: programme.id,
  });
  return updateWithVersion(db, "programme", programme.id, programme.version, {
    status: "adopted", adoptedDecisionId: decision.id, published, publishedAt: published ? new Date() : null,
  });
}

export async function adoptedProgramme(ownerId: string, published = false): Promise<ProgrammeRow> {
  const { programme } = await draftProgramme(ownerId, 1);
  return adoptDirectly(programme, published);
}

/** A draft revision (revision 2) of an adopted programme, without copying its tree. */
export async function revisionOf(previous: ProgrammeRow): Promise<ProgrammeRow> {
  const { programme } = await createProgramme(await getTestDb(), {
    ownerId: previous.ownerId, predecessorId: previous.id, revision: previous.revision + 1, focusAreaCount: 1,
  });
  return programme;
}

export async function strategyOf(ownerId: string, published = false) {
  return insertStrategy(await getTestDb(), {
    ownerId, title: "Strategisk næringsplan", vision: "Innlandets foretrukne bo- og arbeidsregion", published,
  });
}

/** Calls a procedure over HTTP and returns its data, failing the test with the error when it fails. */
export async function ok<T = Record<string, unknown>>(
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  cookie?: string,
): Promise<T> {
  const call = kind === "query" ? trpcQuery : trpcMutation;
  const { status, body } = await call(path, input, { cookie });
  if (status !== 200) throw new Error(`${path} answered ${status}: ${JSON.stringify(body.error?.data)}`);
  return body.result?.data as T;
}
