import { listPartsOfMeasures } from "@samspill/db";
import { AddMeasurePartsInputSchema, DomainError } from "@samspill/domain";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { inMutation } from "../../trpc/mutation.js";
import { assertMemberOfOwner, insertPart, measureTakingParts } from "./part-addition.js";

/**
 * Parts for the chosen member municipalities in each of the chosen shared measures, in one
 * transaction: every measure must still be at the version read and every municipality a member
 * of the programme's council, or nothing is written. A municipality that already has its part
 * of a measure keeps it as it is.
 */
export const addMeasureParts = procedure
  .meta({ permission: { actions: ["edit_programme"] } })
  .input(AddMeasurePartsInputSchema)
  .mutation(async ({ ctx, input }) =>
    inMutation(ctx, async (trx, audit) => {
      const day = isoDay(ctx.now());
      const placed = [];
      for (const [index, read] of input.measures.entries()) {
        const { measure, programme } = await measureTakingParts(trx, ctx.authorize, read.id);
        if (measure.version !== read.version) {
          throw new DomainError("CONFLICT", {
            reason: "version_mismatch",
            params: { table: "measure", id: measure.id, expectedVersion: read.version, currentVersion: measure.version, field: `measures.${index}` },
          });
        }
        placed.push({ measure, programme });
      }
      // Members of each measure's council; a programme's measures share one, so it is asked once.
      const checked = new Set<string>();
      for (const { programme } of placed) {
        for (const [index, municipalityId] of input.municipalityIds.entries()) {
          const key = `${programme.ownerId}|${municipalityId}`;
          if (checked.has(key)) continue;
          await assertMemberOfOwner(trx, programme, municipalityId, day, `municipalityIds.${index}`);
          checked.add(key);
        }
      }
      const existing = new Set((await listPartsOfMeasures(trx, input.measures.map((measure) => measure.id))).map((part) => `${part.measureId}|${part.municipalityId}`));
      const added = [];
      for (const { measure } of placed) {
        for (const municipalityId of input.municipalityIds) {
          if (existing.has(`${measure.id}|${municipalityId}`)) continue;
          added.push(await insertPart(trx, audit, { measureId: measure.id, municipalityId }));
        }
      }
      return { added, kept: placed.length * input.municipalityIds.length - added.length };
    }),
  );
