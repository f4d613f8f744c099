import { useState, type DragEvent } from "react";
import type { Movable } from "./move-controls";

// Drag and drop within one list with the browser's own drag events: a row is dragged onto
// another row of the same list and takes its place. The keyboard has the move buttons, which
// do the same one step at a time.

export function useDragToMove(onDrop: (item: Movable, to: number) => void) {
  const [dragging, setDragging] = useState<{ item: Movable; list: string } | null>(null);
  const [over, setOver] = useState<string | null>(null);

  /** Props for the row of `item` in the list `list` (its parent's id, and the kind). */
  function rowProps(item: Movable, list: string) {
    const sameList = dragging !== null && dragging.list === list && dragging.item.kind === item.kind;
    return {
      draggable: true,
      "data-drop-target": sameList && over === item.id && dragging.item.id !== item.id ? "" : undefined,
      onDragStart: (event: DragEvent) => {
        event.stopPropagation();
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.title);
        setDragging({ item, list });
      },
      onDragOver: (event: DragEvent) => {
        if (!sameList) return;
        event.preventDefault();
        event.stopPropagation();
        setOver(item.id);
      },
      onDrop: (event: DragEvent) => {
        if (!sameList || !dragging) return;
        event.preventDefault();
        event.stopPropagation();
        if (dragging.item.id !== item.id) onDrop(dragging.item, item.index);
        setDragging(null);
        setOver(null);
      },
      onDragEnd: () => {
        setDragging(null);
        setOver(null);
      },
    };
  }
  return { rowProps };
}
