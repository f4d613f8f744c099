import { listOrganisationsByIds, listOwnersWithProgrammes } from "@samspill/db";
import { followsCouncil, isAnonymous, permitOf, workAreas } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { placeOfOwner } from "../../trpc/locate.js";

/**
 * What the menu and the home page offer the reader: the areas the permission table lets them
 * work in, and the councils whose work they follow, by name — their councils, and the
 * municipalities in their reach that run a programme of their own (Vimmerby for Region Kalmar
 * län). Each says whether it has a programme yet, so pages that open on one council (the reporting
 * overview of a county following many) open on one with work to show. Public: an anonymous
 * reader gets the published programmes only. Each council also says what the reader may start
 * there — a new programme (the secretariat's `edit_programme`) — so no page guesses it from a role.
 */
export const getNavigation = procedure.meta({ permission: { public: true } }).query(async ({ ctx }) => {
  const { actor } = ctx;
  if (isAnonymous(actor)) return { areas: workAreas(actor), councils: [] };
  const { councilIds, municipalityIds } = actor.scope;
  const programmeOwners = new Set(await listOwnersWithProgrammes(ctx.db, [...new Set([...councilIds, ...municipalityIds])]));
  const municipalitiesWithProgrammes = municipalityIds.filter((id) => programmeOwners.has(id));
  const candidates = await listOrganisationsByIds(ctx.db, [...new Set([...councilIds, ...municipalitiesWithProgrammes])]);
  const followed = candidates
    .map((organisation) => ({ organisation, place: placeOfOwner(organisation) }))
    .filter(({ place }) => followsCouncil(actor, place));
  return {
    areas: workAreas(actor, followed.map(({ place }) => place)),
    councils: followed.map(({ organisation, place }) => ({
      id: organisation.id, name: organisation.name, kind: organisation.kind, country: organisation.country, slug: organisation.slug,
      hasProgrammes: programmeOwners.has(organisation.id),
      viewer: { createProgramme: permitOf(actor, "edit_programme", { kind: "programme", ...place, published: false }) },
    })),
  };
});
