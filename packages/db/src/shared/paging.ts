// Paging and search input shared by the list functions.

/** One page of a list, with the total count for the pager. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Paging input shared by list functions; the defaults keep an unbounded list impossible. */
export interface PageInput {
  limit?: number;
  offset?: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageBounds(input: PageInput): { limit: number; offset: number } {
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  return { limit, offset: Math.max(input.offset ?? 0, 0) };
}

/** Escapes LIKE wildcards so a search for "50%" matches the text, not everything. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Every row of a page carries the number of rows its filter matches, counted by the page's own statement. */
export type WithTotal<T> = T & { fullCount: number };

/**
 * One page and its total from one statement: the page's query selects `count(*) over ()` as
 * `fullCount`, counted over every row the filter matches before the limit applies, so the pager
 * needs no second statement. A page past the end has no row to carry the count; only then is it
 * asked for on its own (`countAll`).
 */
export async function pageWithTotal<T>(
  rows: WithTotal<T>[],
  offset: number,
  countAll: () => Promise<number | string | bigint>,
): Promise<Page<T>> {
  const first = rows[0];
  const total = first ? Number(first.fullCount) : offset > 0 ? Number(await countAll()) : 0;
  // The rows are this statement's own: the count is taken off them in place. A copy without it
  // (rest destructuring) took V8's slow path and cost more than the statement it saved.
  for (const row of rows) delete (row as Partial<WithTotal<T>>).fullCount;
  return { items: rows, total };
}
