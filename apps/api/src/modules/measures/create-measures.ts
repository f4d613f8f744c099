import { findOrganisationById, findProgrammeById, listFocusAreas, listMembershipsOfCouncil, listOrganisationsByIds } from "@samspill/db";
import { AddMeasuresInputSchema, CreateMeasureInputSchema, measureEditAction, ownershipOf, pasteNamesOf, placesOf } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { atItem, refuseItems } from "../../trpc/item-issues.js";
import { locateOwner } from "../../trpc/locate.js";
import { inMutation } from "../../trpc/mutation.js";
import { insertCheckedMeasure } from "./create-measure.js";
import { found, measureResource } from "./measure-access.js";

/**
 * Measures from pasted lines, all or none, after the programme's last measure in the order
 * pasted. Each names its focus area or sub-theme, and whose it is: a member municipality makes
 * it local to that municipality, the council or no one makes it shared. Every measure passes the
 * rules of `measures.create`; a name that matches nothing is refused at its line and column.
 */
export const createMeasures = procedure
  .meta({ permission: { actions: ["edit_programme", "edit_local_measure"] } })
  .input(AddMeasuresInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const today = isoDay(ctx.now());
      const programme = found(await findProgrammeById(trx, input.programmeId), "programme");
      const owner = found(await findOrganisationById(trx, programme.ownerId), "organisation");
      const memberships = await listMembershipsOfCouncil(trx, programme.ownerId, today);
      const members = await listOrganisationsByIds(trx, memberships.map((membership) => membership.municipalityId));
      const { ownerships, issues: ownershipIssues } = ownershipOf(input.items, pasteNamesOf(owner), members.map(pasteNamesOf));
      // Who may add each measure is asked before any name is checked, so nobody learns names they may not see.
      const place = await locateOwner(trx, programme.ownerId);
      for (const ownership of ownerships) ctx.authorize(measureResource(place, ownership, programme), measureEditAction(ownership.scope));
      const places = placesOf(input.items, await listFocusAreas(trx, programme.id));
      refuseItems([...places.issues, ...ownershipIssues].sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true })));

      const measures = [];
      for (const [index, item] of input.items.entries()) {
        const ownership = ownerships[index]!;
        const measure = CreateMeasureInputSchema.parse({
          programmeId: programme.id, title: item.title, responsiblePerson: item.responsiblePerson,
          focusAreaId: places.ids[index] ?? null, ...ownership,
        });
        measures.push(await atItem(index, () => insertCheckedMeasure(trx, { authorize: ctx.authorize, audit, today }, measure)));
      }
      return { measures };
    }),
  );
