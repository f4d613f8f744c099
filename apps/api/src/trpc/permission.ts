import type { Action } from "@samspill/domain";

/**
 * What a procedure declares about who may call it. Every procedure must declare one: the
 * permission middleware refuses to run a procedure without it, and the security test walks
 * the router to check each against the domain's permission table.
 *
 * - `public`: anyone, signed in or not (published data, sign-in itself).
 * - `signedIn`: any signed-in user, about themselves (who am I, sign out).
 * - `actions`: the procedure must call `ctx.authorize(resource, action?)` with one of these
 *   actions before it answers; the domain's `can()` decides from the actor and the resource.
 */
export type Permission = { public: true } | { signedIn: true } | { actions: readonly [Action, ...Action[]] };

export interface ProcedureMeta {
  permission: Permission;
  /** The procedure answers a `FileResult`; `GET /api/files/<path>` serves it as a download. */
  file?: true;
}
