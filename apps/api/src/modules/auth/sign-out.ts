import { providerSignOutUrl } from "../../auth/oidc/provider-sign-out.js";
import { clearSessionCookie } from "../../auth/session-cookie.js";
import { closeSession } from "../../auth/session-service.js";
import { procedure } from "../../trpc/init.js";

/**
 * Ends this session at once; the cookie is cleared and the token is worthless from now on. A
 * session opened through an identity provider answers where to end the provider's session too.
 */
export const signOut = procedure.meta({ permission: { signedIn: true } }).mutation(async ({ ctx }) => {
  const now = ctx.now();
  const providerUrl = ctx.session ? await providerSignOutUrl(ctx.db, ctx.oidc, ctx.req, ctx.session.id, now) : null;
  if (ctx.session) await closeSession(ctx.db, ctx.session.id, now);
  clearSessionCookie(ctx.res, ctx.cookies);
  return { signedOut: true, providerSignOutUrl: providerUrl };
});
