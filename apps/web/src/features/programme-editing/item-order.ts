// Moving a focus area, sub-theme, goal or measure within its list (one step, or to a place it is
// dropped on). The server keeps a position per item; positions may repeat (items added without
// one share 0), so a move sends new positions only for the items whose position has to change.
// Pure, so it is unit-tested.

export interface Sibling {
  id: string;
  position: number;
  version: number;
}

export type Direction = "up" | "down";

/**
 * The position changes that put `id` at index `to` of its siblings (given in the order shown),
 * the moving item first; null when it is already there. Distinct, ordered positions are reused
 * in the new order, so only the items between the two places change; otherwise the siblings are
 * numbered 1, 2, 3 … in their new order.
 */
export function moveTo(siblings: readonly Sibling[], id: string, to: number): Sibling[] | null {
  const from = siblings.findIndex((sibling) => sibling.id === id);
  const moving = siblings[from];
  if (from < 0 || !moving || to < 0 || to >= siblings.length || to === from) return null;
  const order = siblings.filter((sibling) => sibling.id !== id);
  order.splice(to, 0, moving);
  const ordered = siblings.every((sibling, index) => index === 0 || (siblings[index - 1]?.position ?? 0) < sibling.position);
  const positionAt = (index: number) => (ordered ? (siblings[index]?.position ?? index + 1) : index + 1);
  const changes = order.map((sibling, index) => ({ ...sibling, position: positionAt(index) })).filter((moved, index) => moved.position !== order[index]?.position);
  return changes.sort((a, b) => Number(b.id === id) - Number(a.id === id));
}

/** One step up or down; null at either end. */
export function moveAmong(siblings: readonly Sibling[], id: string, direction: Direction): Sibling[] | null {
  const from = siblings.findIndex((sibling) => sibling.id === id);
  if (from < 0) return null;
  return moveTo(siblings, id, direction === "up" ? from - 1 : from + 1);
}
