// Dashboards get flat grouped rows from the server (one per focus area and status, per source
// and year …) and show them as a grid. Pure, so the arithmetic is tested without rendering.

export interface Pivot<R extends string, C extends string | number> {
  rows: R[];
  columns: C[];
  cell(row: R, column: C): number;
  rowTotal(row: R): number;
  columnTotal(column: C): number;
  total: number;
}

/**
 * Sums `value` per (row, column). Rows keep the order they first appear in; columns follow
 * `columnOrder` when given (e.g. every status, even one without measures), else sorted.
 */
export function pivot<T, R extends string, C extends string | number>(
  items: readonly T[],
  rowOf: (item: T) => R,
  columnOf: (item: T) => C,
  value: (item: T) => number,
  columnOrder?: readonly C[],
): Pivot<R, C> {
  const cells = new Map<R, Map<C, number>>();
  const seenColumns = new Set<C>();
  for (const item of items) {
    const row = rowOf(item);
    const column = columnOf(item);
    seenColumns.add(column);
    const cellsOfRow = cells.get(row) ?? new Map<C, number>();
    cellsOfRow.set(column, (cellsOfRow.get(column) ?? 0) + value(item));
    cells.set(row, cellsOfRow);
  }
  const columns = columnOrder ? [...columnOrder] : [...seenColumns].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const cell = (row: R, column: C) => cells.get(row)?.get(column) ?? 0;
  const rowTotal = (row: R) => columns.reduce((sum, column) => sum + cell(row, column), 0);
  const rows = [...cells.keys()];
  const columnTotal = (column: C) => rows.reduce((sum, row) => sum + cell(row, column), 0);
  return { rows, columns, cell, rowTotal, columnTotal, total: rows.reduce((sum, row) => sum + rowTotal(row), 0) };
}
