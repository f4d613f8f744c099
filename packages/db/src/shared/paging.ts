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
