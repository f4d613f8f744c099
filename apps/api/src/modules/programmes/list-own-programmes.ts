import { listOrganisationsByIds, listProgrammesOfOwners } from "@samspill/db";
import { can } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { placeOfOwner } from "../../trpc/locate.js";
import { signedInActor } from "../../trpc/mutation.js";

/**
 * Every programme version, drafts included, of the councils, municipality and county the user
 * works for — the programmes of their own work, whoever published them or not. Each is kept
 * only where the permission table lets the user read it.
 */
export const listOwnProgrammes = procedure.meta({ permission: { signedIn: true } }).query(async ({ ctx }) => {
  const { scope } = signedInActor(ctx);
  const ownerIds = [...new Set([...scope.councilIds, ...scope.municipalityIds, ...scope.countyIds])];
  const [owners, programmes] = await Promise.all([listOrganisationsByIds(ctx.db, ownerIds), listProgrammesOfOwners(ctx.db, ownerIds)]);
  const places = new Map(owners.map((owner) => [owner.id, placeOfOwner(owner)]));
  const readable = programmes.filter((programme) => {
    const place = places.get(programme.ownerId);
    return place !== undefined && can(ctx.actor, "read_programme", { kind: "programme", ...place, published: programme.published }).allowed;
  });
  return {
    items: readable.map((programme) => ({
      id: programme.id,
      title: programme.title,
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
      status: programme.status,
      revision: programme.revision,
      published: programme.published,
      strategyId: programme.strategyId,
      owner: programme.owner,
    })),
  };
});
