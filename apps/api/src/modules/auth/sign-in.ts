import { z } from "zod";
import { buildActor } from "../../auth/actor-scope.js";
import { setSessionCookie } from "../../auth/session-cookie.js";
import { SESSION_ABSOLUTE_MS } from "../../auth/session-policy.js";
import { openSession } from "../../auth/session-service.js";
import { checkPasswordSignIn } from "../../auth/sign-in.js";
import { isoDay } from "../../trpc/context.js";
import { procedure } from "../../trpc/init.js";
import { currentUserView } from "./current-user.js";

const SignInInputSchema = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const signIn = procedure
  .meta({ permission: { public: true } })
  .input(SignInInputSchema)
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const user = await checkPasswordSignIn(ctx.db, { ...input, ip: ctx.req.ip, now, log: ctx.req.log });
    const { token } = await openSession(ctx.db, user, {
      ip: ctx.req.ip,
      userAgent: String(ctx.req.headers["user-agent"] ?? ""),
      now,
    });
    setSessionCookie(ctx.res, ctx.cookies, token, SESSION_ABSOLUTE_MS / 1000);
    const actor = await buildActor(ctx.db, user, isoDay(now));
    return currentUserView(ctx.db, user, actor);
  });
