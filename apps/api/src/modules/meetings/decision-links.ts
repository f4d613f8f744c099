import { listDecisionLinks, listLinkTargetOwners, listPartyPlaces, type DecisionLinkTarget, type Executor } from "@samspill/db";
import { can, DomainError, type Actor, type DecisionLink } from "@samspill/domain";
import { locateOwner, type OwnerPlace } from "../../trpc/locate.js";
import { agreementResource } from "../agreements/agreement-access.js";

// What a decision concerns: checked when the secretariat links things (only its own council's
// programmes and measures, and agreements its council is a party to), and filtered when read
// (each reader sees the links to what they may read: the public only published programmes).

/** Refuses a link twice over, to something absent, or to another council's thing, naming the link. */
export async function assertLinksOfCouncil(db: Executor, councilId: string, links: readonly DecisionLink[]): Promise<void> {
  const owners = await listLinkTargetOwners(db, links);
  const seen = new Set<string>();
  for (const [index, link] of links.entries()) {
    const key = `${link.kind}:${link.id}`;
    const field = `links.${index}`;
    if (seen.has(key)) throw new DomainError("INVALID_INPUT", { reason: "duplicate_link", params: { field } });
    seen.add(key);
    const owner = owners.find((candidate) => candidate.kind === link.kind && candidate.id === link.id);
    if (!owner) throw new DomainError("INVALID_INPUT", { reason: "link_not_found", params: { field, kind: link.kind } });
    if (!owner.ownerIds.includes(councilId)) {
      throw new DomainError("INVALID_INPUT", { reason: "link_not_of_council", params: { field, kind: link.kind } });
    }
  }
}

/** Caches where owners sit: a meeting's links mostly share one council. */
function placeFinder(db: Executor): (ownerId: string) => Promise<OwnerPlace> {
  const places = new Map<string, Promise<OwnerPlace>>();
  return (ownerId) => {
    const cached = places.get(ownerId) ?? locateOwner(db, ownerId);
    places.set(ownerId, cached);
    return cached;
  };
}

async function readable(db: Executor, actor: Actor, target: DecisionLinkTarget, placeOf: (id: string) => Promise<OwnerPlace>): Promise<boolean> {
  if (target.kind === "agreement") {
    if (!target.countyId) return false;
    return can(actor, "read_agreement", agreementResource(target.countyId, await listPartyPlaces(db, target.id))).allowed;
  }
  if (!target.programmeOwnerId) return false;
  const place = await placeOf(target.programmeOwnerId);
  const municipalityId = target.measureScope === "local" ? target.measureOwnerId : place.municipalityId;
  const kind = target.kind === "measure" ? "measure" : "programme";
  return can(actor, "read_programme", { kind, ...place, municipalityId, published: target.published }).allowed;
}

export interface DecisionLinkView {
  kind: DecisionLink["kind"];
  id: string;
  title: string;
  revision: number | null;
}

/** The links of these decisions that the actor may follow, by decision id. */
export async function readableDecisionLinks(db: Executor, actor: Actor, decisionIds: readonly string[]): Promise<Map<string, DecisionLinkView[]>> {
  const placeOf = placeFinder(db);
  const byDecision = new Map<string, DecisionLinkView[]>();
  for (const target of await listDecisionLinks(db, decisionIds)) {
    if (!(await readable(db, actor, target, placeOf))) continue;
    const view = { kind: target.kind, id: target.id, title: target.title, revision: target.revision };
    byDecision.set(target.decisionId, [...(byDecision.get(target.decisionId) ?? []), view]);
  }
  return byDecision;
}
