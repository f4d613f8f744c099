import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import type { ProgrammeDetail } from "../programmes/types";
import { moveAmong, type Direction, type Sibling } from "./focus-area-order";

type Area = ProgrammeDetail["focusAreas"][number];

/** The area's parent and its siblings (itself included) in the order shown; null when it is gone. */
export function placeOf(areas: readonly Area[], id: string, parentId: string | null = null): { parentId: string | null; siblings: Sibling[] } | null {
  if (areas.some((area) => area.id === id)) return { parentId, siblings: areas.map(({ id: areaId, position, version }) => ({ id: areaId, position, version })) };
  for (const area of areas) {
    const found = placeOf(area.children, id, area.id);
    if (found) return found;
  }
  return null;
}

/**
 * Moves a focus area of a draft one step among its siblings, at the versions read; the draft is
 * read again afterwards, also when a step was refused. `again` repeats the move on the latest
 * versions, for "apply my change again" after someone else changed the order first.
 */
export function useMoveFocusArea(programmeId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const move = useMutation(trpc.programmes.moveFocusArea.mutationOptions());
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });

  async function send(areas: readonly Area[], id: string, direction: Direction): Promise<void> {
    const place = placeOf(areas, id);
    const changes = place && moveAmong(place.siblings, id, direction);
    if (!place || !changes) return;
    try {
      for (const change of changes) {
        await move.mutateAsync({ id: change.id, version: change.version, parentId: place.parentId, position: change.position });
      }
    } finally {
      await reload();
    }
  }
  async function again(id: string, direction: Direction): Promise<void> {
    const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId }), staleTime: 0 });
    await send(fresh.focusAreas, id, direction);
  }
  return { send, again, reload, pending: move.isPending };
}
