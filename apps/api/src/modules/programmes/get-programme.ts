import { z } from "zod";
import { findProgrammeSurroundings, findProgrammeTree, listProgrammeRoles } from "@samspill/db";
import { IdSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { found, ownerResource } from "./programme-access.js";
import { roleRowView } from "./programme-row-view.js";
import { programmeView } from "./programme-view.js";

/**
 * One programme version with its tree, adoption and follow-up roles. Drafts are read by the
 * owner's council, its members and its county; everyone reads what is published.
 */
export const getProgramme = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(z.strictObject({ id: IdSchema }))
  .query(async ({ ctx, input }) => {
    const tree = found(await findProgrammeTree(ctx.db, input.id), "programme");
    ctx.authorize(await ownerResource(ctx.db, tree.programme.ownerId, tree.programme.published));
    const [around, roles] = await Promise.all([
      findProgrammeSurroundings(ctx.db, tree.programme),
      listProgrammeRoles(ctx.db, tree.programme.id),
    ]);
    return { ...programmeView(tree, around), roles: roles.map(roleRowView) };
  });
