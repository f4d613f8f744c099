import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import type { ProgrammeDetail } from "../programmes/types";
import { moveTo, type Sibling } from "./item-order";

type Area = ProgrammeDetail["focusAreas"][number];
type Tree = Pick<ProgrammeDetail, "focusAreas" | "unassignedGoals" | "unassignedMeasures">;

/** What can be moved within its list: focus areas and sub-themes, goals, measures. */
export type MovableKind = "focusArea" | "goal" | "measure";

export interface Place {
  /** The focus area the list hangs under (null: the top level, or the programme as a whole). */
  parentId: string | null;
  /** The list, the item included, in the order shown. */
  siblings: Sibling[];
}

const siblingsOf = (items: ReadonlyArray<Sibling>): Sibling[] => items.map(({ id, position, version }) => ({ id, position, version }));

/** The item's list and the focus area it hangs under; null when it is gone. */
export function placeOf(tree: Tree, kind: MovableKind, id: string): Place | null {
  const own = (items: ReadonlyArray<Sibling>) => items.some((item) => item.id === id);
  const walk = (areas: readonly Area[], parentId: string | null): Place | null => {
    if (kind === "focusArea" && own(areas)) return { parentId, siblings: siblingsOf(areas) };
    for (const area of areas) {
      const list = kind === "goal" ? area.goals : area.measures;
      if (kind !== "focusArea" && own(list)) return { parentId: area.id, siblings: siblingsOf(list) };
      const found = walk(area.children, area.id);
      if (found) return found;
    }
    return null;
  };
  const loose = kind === "goal" ? tree.unassignedGoals : kind === "measure" ? tree.unassignedMeasures : [];
  if (own(loose)) return { parentId: null, siblings: siblingsOf(loose) };
  return walk(tree.focusAreas, null);
}

/**
 * Moves an item of a draft within its list, at the versions read (each change checks its
 * version on the server); the draft is read again afterwards, also when a step was refused.
 * `again` repeats the move on the latest versions, for "apply my change again" after someone
 * else changed the order first.
 */
export function useMoveItem(programmeId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const moveArea = useMutation(trpc.programmes.moveFocusArea.mutationOptions());
  const updateGoal = useMutation(trpc.programmes.updateGoal.mutationOptions());
  const updateMeasure = useMutation(trpc.measures.update.mutationOptions());
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
  };

  function write(kind: MovableKind, parentId: string | null, change: Sibling) {
    const at = { id: change.id, version: change.version, position: change.position };
    if (kind === "focusArea") return moveArea.mutateAsync({ ...at, parentId });
    if (kind === "goal") return updateGoal.mutateAsync(at);
    return updateMeasure.mutateAsync(at);
  }

  /** Puts the item at index `to` of its list. */
  async function send(tree: Tree, kind: MovableKind, id: string, to: number): Promise<void> {
    const place = placeOf(tree, kind, id);
    const changes = place && moveTo(place.siblings, id, to);
    if (!place || !changes) return;
    try {
      for (const change of changes) await write(kind, place.parentId, change);
    } finally {
      await reload();
    }
  }
  async function again(kind: MovableKind, id: string, to: number): Promise<void> {
    const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId }), staleTime: 0 });
    await send(fresh, kind, id, to);
  }
  return { send, again, reload, pending: moveArea.isPending || updateGoal.isPending || updateMeasure.isPending };
}
