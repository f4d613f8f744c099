import { z } from "zod";
import { findProgrammeSurroundings, findProgrammeTree, findSuccessorOfProgramme, listOrganisationsByIds, listProgrammeRoles } from "@samspill/db";
import { IdSchema, seesPersonalData } from "@samspill/domain";
import { findOwner, placeOfOwner } from "../../trpc/locate.js";
import { procedure } from "../../trpc/init.js";
import { readableDecisionsAbout } from "../meetings/decisions-about.js";
import { found, programmeResource } from "./programme-access.js";
import { roleRowView } from "./programme-row-view.js";
import { programmeView, treeMeasures } from "./programme-view.js";
import { programmeViewer } from "./programme-viewer.js";
import { structureImportPermit } from "../spreadsheets/structure-import-permit.js";
import { bulkEntryPermit } from "../measures/bulk-entry-permit.js";

/**
 * One programme version with its tree (measures numbered), adoption, follow-up roles, the
 * decisions about it, its revision in progress, and what the viewer may do with it — with the
 * reason when not. Drafts are read by the owner's council, its members and its county; everyone
 * reads what is published.
 */
export const getProgramme = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const tree = found(await findProgrammeTree(ctx.db, input.id), "programme");
    // The owner places the programme for the rules and is shown on the page: read once.
    const owner = await findOwner(ctx.db, tree.programme.ownerId);
    const place = placeOfOwner(owner);
    const resource = programmeResource(place, tree.programme.published);
    ctx.authorize(resource);
    const [around, roles, successor, decisions] = await Promise.all([
      findProgrammeSurroundings(ctx.db, tree.programme, owner),
      listProgrammeRoles(ctx.db, tree.programme.id),
      findSuccessorOfProgramme(ctx.db, tree.programme.id),
      readableDecisionsAbout(ctx.db, ctx.actor, { kind: "programme", id: tree.programme.id }),
    ]);
    // Each role named by its organisation, as the page lists them.
    const names = new Map((await listOrganisationsByIds(ctx.db, roles.map((role) => role.organisationId))).map((org) => [org.id, org.name]));
    // A revision in progress is news only to those who may read drafts, as are people's names.
    const insider = seesPersonalData(ctx.actor, resource);
    const revision = successor && (successor.published || insider) ? successor : undefined;
    return {
      ...programmeView(tree, around, insider),
      roles: roles.map((role) => ({
        ...roleRowView(role),
        organisation: { id: role.organisationId, name: names.get(role.organisationId) ?? "" },
      })),
      decisions,
      successor: revision ? { id: revision.id, revision: revision.revision, status: revision.status } : null,
      viewer: {
        ...programmeViewer(ctx.actor, resource, tree.programme, successor !== undefined),
        importStructure: structureImportPermit(ctx.actor, resource, tree),
        /** Parts and budgets entered for the whole programme at once (the grid of `measures.programmeGrid`). */
        enterInBulk: bulkEntryPermit(ctx.actor, place, tree.programme, treeMeasures(tree)),
      },
    };
  });
