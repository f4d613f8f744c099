import { listFocusAreas, nextFocusAreaPosition } from "@samspill/db";
import { AddStructureInputSchema, planStructure } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { refuseItems } from "../../trpc/item-issues.js";
import { inMutation } from "../../trpc/mutation.js";
import { editableProgramme } from "./programme-access.js";
import { insertAuditedFocusArea } from "./focus-area-rules.js";

/**
 * Focus areas with their headings and sub-themes from pasted rows, all or none: a row naming a
 * focus area the programme has adds its sub-theme there, the first row of a new name creates the
 * area. New areas and sub-themes go last, in the order pasted. Same rules as `addFocusArea`.
 */
export const addStructure = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(AddStructureInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const programme = await editableProgramme(trx, ctx.authorize, input.programmeId, "focus_areas");
      const { steps, issues } = planStructure(input.items, await listFocusAreas(trx, programme.id));
      refuseItems(issues);

      const areaIds = new Map<string, string>();
      const positions = new Map<string | null, number>();
      const nextPosition = async (parentId: string | null) => {
        const position = positions.get(parentId) ?? (await nextFocusAreaPosition(trx, programme.id, parentId));
        positions.set(parentId, position + 1);
        return position;
      };
      const add = async (parentId: string | null, title: string, heading: string | null) =>
        insertAuditedFocusArea(trx, audit, programme, { programmeId: programme.id, parentId, title, heading, position: await nextPosition(parentId) });

      const focusAreas = [];
      const subThemes = [];
      for (const step of steps) {
        if (step.createsArea) {
          const area = await add(null, step.focusArea, step.heading);
          areaIds.set(step.areaKey, area.id);
          focusAreas.push(area);
        }
        const parentId = step.existingId ?? areaIds.get(step.areaKey);
        if (step.subTheme !== null && parentId !== undefined) subThemes.push(await add(parentId, step.subTheme, null));
      }
      return { focusAreas, subThemes };
    }),
  );
