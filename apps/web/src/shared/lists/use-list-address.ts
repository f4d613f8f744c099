import { navigate, useSearch } from "../router/navigation";
import { PAGE_SIZE, pageOf, parseQuery, queryHref, type QueryState } from "./query-state";

/**
 * The filters and page of a server-side list, read from the address and written back to it,
 * so that every filtered page can be bookmarked and the back button returns to it.
 */
export function useListAddress(path: string, keys: readonly string[]) {
  const state = parseQuery(useSearch(), keys);
  const page = pageOf(state);
  const go = (next: QueryState) => navigate(queryHref(path, next));
  return {
    state,
    page,
    /** The slice of the list to ask the server for. */
    window: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    /** Changes with the address; key the filter form with it so back/forward refill its fields. */
    href: queryHref(path, state),
    go,
    /** New filters start again at page 1. */
    applyFilters: (next: QueryState) => go({ ...next, page: "1" }),
    pageHref: (next: number) => queryHref(path, { ...state, page: String(next) }),
  };
}

export type ListAddress = ReturnType<typeof useListAddress>;
