import { z } from "zod";
import { findProgrammeWithOwner, MEASURE_SORTS, pageMeasures } from "@samspill/db";
import { IdSchema, MeasureScopeSchema, MeasureStatusSchema, MEASURE_STATUSES, measureForReader, SdgGoalSchema, seesPersonalData, type Resource } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { placeOfOwner } from "../../trpc/locate.js";
import { pageFields } from "../programmes/page-input.js";
import { found } from "./measure-access.js";
import { measureRowView } from "./measure-view.js";

export const ListMeasuresInputSchema = z.strictObject({
  programmeId: IdSchema,
  focusAreaId: IdSchema.optional(),
  status: z.array(MeasureStatusSchema).max(MEASURE_STATUSES.length).optional(),
  scope: MeasureScopeSchema.optional(),
  /** A municipality's own local measures and the shared ones it has a part in ("my tasks"). */
  municipalityId: IdSchema.optional(),
  sdgGoal: SdgGoalSchema.optional(),
  search: z.string().max(200).optional(),
  sort: z.enum(MEASURE_SORTS).default("position"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  ...pageFields,
});

/** The measures of one programme, filtered, sorted and paged on the server, each with its number. */
export const listMeasures = procedure
  .meta({ permission: { actions: ["read_programme"] } })
  .input(ListMeasuresInputSchema)
  .query(async ({ ctx, input }) => {
    const { programme, owner } = found(await findProgrammeWithOwner(ctx.db, input.programmeId), "programme");
    const resource: Resource = { kind: "programme", ...placeOfOwner(owner), published: programme.published };
    ctx.authorize(resource);
    const personal = seesPersonalData(ctx.actor, resource);
    const [page, numbers] = await Promise.all([pageMeasures(ctx.db, input), ctx.measureNumbering.of(ctx.db, programme)]);
    return {
      items: page.items.map((row) => ({
        ...measureRowView(measureForReader(row, personal)), number: numbers.get(row.id) ?? "", ownerName: row.ownerName, partCount: row.partCount,
        // The same responsible organisation the programme's own tables show.
        responsibleName: row.responsibleName,
      })),
      total: page.total,
    };
  });
