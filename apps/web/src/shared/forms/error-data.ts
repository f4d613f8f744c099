import type { AppRouter } from "@samspill/api";
import type { inferRouterError } from "@trpc/server";

/**
 * The `data` of a failed call as the API's error formatter sends it
 * (`apps/api/src/trpc/format-error.ts`): codes, the domain's reason and params, and the field
 * issues with zod's code and params — typed from the router, so a change there shows here.
 */
export type ErrorData = inferRouterError<AppRouter>["data"];

/** One field issue the server sent: its path (`amount.amountMinor`), zod's code and the params a message needs. */
export type ServerIssue = NonNullable<ErrorData["issues"]>[number];

/** The server's data of a failed tRPC call; null for anything else (a network failure, a bug in the client). */
export function errorDataOf(error: unknown): Partial<ErrorData> | null {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === "object" && data !== null ? (data as Partial<ErrorData>) : null;
}
