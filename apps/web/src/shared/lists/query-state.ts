// Server-side lists keep filters and page in the query string, so a filtered page is a real address
// (shareable, and the back button returns to it).

export const PAGE_SIZE = 25;

export type QueryState = Record<string, string>;

export function parseQuery(search: string, keys: readonly string[]): QueryState {
  const params = new URLSearchParams(search);
  const state: QueryState = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

/** The address of the list with the state; empty values are left out, page 1 is the default. */
export function queryHref(path: string, state: QueryState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value && !(key === "page" && value === "1")) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The 1-based page in the state, never below 1. */
export function pageOf(state: QueryState): number {
  const page = Number.parseInt(state.page ?? "1", 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}
