import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import { findItem, type ItemKind, type StructureItem } from "./structure-items";

// A type, not an interface, so it fits the form hook's Record<string, string>.
export type ItemText = {
  title: string;
  heading: string;
  description: string;
};

/**
 * Update and removal of a focus area or goal at a given version, plus what "reload" and "apply
 * again" need: a fresh programme, and the item's version in it (null when someone removed it).
 */
export function useItemMutations(programmeId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const updateArea = useMutation(trpc.programmes.updateFocusArea.mutationOptions());
  const updateGoal = useMutation(trpc.programmes.updateGoal.mutationOptions());
  const removeArea = useMutation(trpc.programmes.removeFocusArea.mutationOptions());
  const removeGoal = useMutation(trpc.programmes.removeGoal.mutationOptions());

  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
  async function latestVersion(kind: ItemKind, id: string): Promise<number | null> {
    const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId }), staleTime: 0 });
    return findItem(fresh, kind, id)?.version ?? null;
  }
  async function update(item: StructureItem, text: ItemText, version: number): Promise<void> {
    const common = { id: item.id, version, title: text.title.trim(), description: text.description };
    if (item.kind === "focusArea") await updateArea.mutateAsync({ ...common, heading: text.heading.trim() || null });
    else await updateGoal.mutateAsync(common);
    await reload();
  }
  async function remove(item: StructureItem, version: number): Promise<void> {
    if (item.kind === "focusArea") await removeArea.mutateAsync({ id: item.id, version });
    else await removeGoal.mutateAsync({ id: item.id, version });
    await reload();
  }
  return { update, remove, reload, latestVersion };
}
