import { z } from "zod";
import { pageMeetingsByCouncil } from "@samspill/db";
import { IdSchema, IsoDateSchema } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { pageFields } from "../programmes/page-input.js";
import { listScope } from "../programmes/programme-access.js";
import { meetingView } from "./meeting-access.js";

/** A council's meetings, newest first: all for its own people and its county, published ones for others. */
export const listMeetings = procedure
  .meta({ permission: { actions: ["read_meeting"] } })
  .input(z.strictObject({ councilId: IdSchema, from: IsoDateSchema.optional(), to: IsoDateSchema.optional(), ...pageFields }))
  .query(async ({ ctx, input }) => {
    const { resource, publishedOnly } = await listScope(ctx.db, ctx.actor, "read_meeting", input.councilId, "meeting");
    ctx.authorize(resource);
    const page = await pageMeetingsByCouncil(ctx.db, { ...input, publishedOnly });
    return { total: page.total, items: page.items.map(meetingView) };
  });
