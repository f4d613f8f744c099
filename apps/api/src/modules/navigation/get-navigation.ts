import { listOrganisationsByIds } from "@samspill/db";
import { isAnonymous, workAreas } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";

/**
 * What the menu and the home page offer the reader: the areas the permission table lets them
 * work in, and the councils (or programme-owning municipalities) they act for, by name. Public:
 * an anonymous reader gets the published programmes only.
 */
export const getNavigation = procedure.meta({ permission: { public: true } }).query(async ({ ctx }) => {
  const councilIds = isAnonymous(ctx.actor) ? [] : ctx.actor.scope.councilIds;
  const councils = await listOrganisationsByIds(ctx.db, councilIds);
  return {
    areas: workAreas(ctx.actor),
    councils: councils.map((council) => ({
      id: council.id, name: council.name, kind: council.kind, country: council.country, slug: council.slug,
    })),
  };
});
