import { DomainError, type Action, type Resource } from "@samspill/domain";

/** A row that is not there (or not in reach) answers NOT_FOUND with its kind only. */
export function found<T>(row: T | undefined, kind: string): T {
  if (row === undefined) throw new DomainError("NOT_FOUND", { params: { kind } });
  return row;
}

/** `ctx.authorize`, for helpers that load a row and ask about it on the procedure's behalf. */
export type Authorize = (resource: Resource, action?: Action) => void;
