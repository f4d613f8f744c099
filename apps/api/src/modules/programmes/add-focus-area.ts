import { CreateFocusAreaInputSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertInProgramme, insertAuditedFocusArea } from "./focus-area-rules.js";
import { editableProgramme } from "./programme-access.js";

/** A focus area of a draft programme, or a sub-theme when `parentId` names its focus area. */
export const addFocusArea = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(CreateFocusAreaInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = await editableProgramme(trx, ctx.authorize, input.programmeId, "focus_areas");
      await assertInProgramme(trx, input.parentId, programme.id, "parentId");
      return insertAuditedFocusArea(trx, audit, programme, input);
    }),
  );
