import { Button } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { MovableKind } from "./use-move-item";

export interface Movable {
  kind: MovableKind;
  id: string;
  title: string;
  /** Its place in its list, and the list's length. */
  index: number;
  count: number;
}

interface MoveControlsProps {
  item: Movable;
  pending: boolean;
  onMove: (item: Movable, to: number, direction: "up" | "down") => void;
}

export const moveButtonId = (id: string, direction: "up" | "down") => `move-${direction}-${id}`;

/**
 * "Move up" and "Move down", each naming its item, for the keyboard and screen readers; disabled
 * but focusable at either end, so the focus stays put after the last step. Pointer users drag
 * the row instead (`useDragToMove`).
 */
export function MoveControls({ item, pending, onMove }: MoveControlsProps) {
  const { t } = useTranslation("programme-editing");
  const button = (direction: "up" | "down") => {
    const to = direction === "up" ? item.index - 1 : item.index + 1;
    const possible = to >= 0 && to < item.count;
    return (
      <Button id={moveButtonId(item.id, direction)} type="button" variant="tertiary" data-size="sm"
        aria-label={t(direction === "up" ? "structure.moveUpNamed" : "structure.moveDownNamed", { title: item.title })}
        aria-disabled={!possible || pending || undefined}
        onClick={() => possible && !pending && onMove(item, to, direction)}>
        {t(direction === "up" ? "structure.moveUp" : "structure.moveDown")}
      </Button>
    );
  };
  return (
    <>
      {button("up")}
      {button("down")}
    </>
  );
}
