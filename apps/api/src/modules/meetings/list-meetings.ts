import { z } from "zod";
import { pageMeetingsByCouncil } from "@samspill/db";
import { IdSchema, IsoDateSchema, permitOf } from "@samspill/domain";
import { procedure } from "../../trpc/init.js";
import { pageFields } from "../programmes/page-input.js";
import { listScope } from "../programmes/programme-access.js";
import { meetingView } from "./meeting-access.js";

/**
 * A council's meetings, newest first: all for its own people and its county, published ones for
 * others; and whether the reader may record a new one there (`record_meeting`, as `meetings.get` says).
 */
export const listMeetings = procedure
  .meta({ permission: { actions: ["read_meeting"] } })
  .input(z.strictObject({ councilId: IdSchema, from: IsoDateSchema.optional(), to: IsoDateSchema.optional(), ...pageFields }))
  .query(async ({ ctx, input }) => {
    const { resource, publishedOnly } = await listScope(ctx.db, ctx.actor, "read_meeting", input.councilId, "meeting");
    ctx.authorize(resource);
    const page = await pageMeetingsByCouncil(ctx.db, { ...input, publishedOnly });
    return { total: page.total, items: page.items.map(meetingView), viewer: { record: permitOf(ctx.actor, "record_meeting", resource) } };
  });
