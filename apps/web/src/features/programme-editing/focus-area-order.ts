// Moving a focus area one step up or down among its siblings. The server keeps a position per
// area; positions may repeat (areas added without one share 0), so a move sends new positions
// only for the areas whose position has to change. Pure, so it is unit-tested.

export interface Sibling {
  id: string;
  position: number;
  version: number;
}

export type Direction = "up" | "down";

/**
 * The position changes that move `id` one step, siblings given in the order shown; null when it
 * is already first (up) or last (down). Two distinct, ordered positions are swapped; otherwise
 * the siblings are numbered 1, 2, 3 … in their new order.
 */
export function moveAmong(siblings: readonly Sibling[], id: string, direction: Direction): Sibling[] | null {
  const from = siblings.findIndex((sibling) => sibling.id === id);
  const to = direction === "up" ? from - 1 : from + 1;
  const moving = siblings[from];
  const other = siblings[to];
  if (from < 0 || !moving || !other) return null;
  const ordered = siblings.every((sibling, index) => index === 0 || (siblings[index - 1]?.position ?? 0) < sibling.position);
  if (ordered) return [{ ...moving, position: other.position }, { ...other, position: moving.position }];
  const order = [...siblings];
  order[from] = other;
  order[to] = moving;
  return order.map((sibling, index) => ({ ...sibling, position: index + 1 })).filter((moved, index) => moved.position !== order[index]?.position);
}
