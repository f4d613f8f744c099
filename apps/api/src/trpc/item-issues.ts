import { DomainError, isDomainError, type FieldIssue } from "@samspill/domain";

// Procedures that take a list of items (pasted lines) refuse the whole list with every problem
// named at its item and field (`items.3.title`), so the client can say "line 4, column title".

/** Refuses the list when there are issues: nothing is written, each issue reaches the client. */
export function refuseItems(issues: readonly FieldIssue[]): void {
  if (issues.length === 0) return;
  const zodLike = issues.map((issue) => ({
    path: issue.path.split("."), code: issue.code, params: issue.params, message: String(issue.params.reason ?? issue.code),
  }));
  throw new DomainError("INVALID_INPUT", { reason: "items_refused", params: { count: issues.length }, cause: { issues: zodLike } });
}

/** Runs a rule for item `index`, moving the field it refuses (`ownerId`) to that item (`items.3.ownerId`). */
export async function atItem<T>(index: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDomainError(error, "INVALID_INPUT") || typeof error.params?.field !== "string") throw error;
    throw new DomainError("INVALID_INPUT", {
      reason: error.reason, params: { ...error.params, field: `items.${index}.${error.params.field}` }, cause: error,
    });
  }
}
