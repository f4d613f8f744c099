import { clearSessionCookie } from "../../auth/session-cookie.js";
import { closeSession } from "../../auth/session-service.js";
import { procedure } from "../../trpc/init.js";

/** Ends this session at once; the cookie is cleared and the token is worthless from now on. */
export const signOut = procedure.meta({ permission: { signedIn: true } }).mutation(async ({ ctx }) => {
  if (ctx.session) await closeSession(ctx.db, ctx.session.id, ctx.now());
  clearSessionCookie(ctx.res, ctx.cookies);
  return { signedOut: true };
});
