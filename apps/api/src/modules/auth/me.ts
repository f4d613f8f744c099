import { procedure } from "../../trpc/init.js";
import { currentUserView } from "./current-user.js";

/** Who is signed in, or null: public so the client can ask before deciding what to show. */
export const me = procedure.meta({ permission: { public: true } }).query(async ({ ctx }) => {
  if (!ctx.user) return null;
  return currentUserView(ctx.db, ctx.user, ctx.actor);
});
