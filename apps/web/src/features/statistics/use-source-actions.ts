import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";

/** "Import now" and binding a source; both refresh the indicators and the measure they are shown on. */
export function useSourceActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.measures.get.pathKey() }),
    ]);
  };
  return {
    importNow: useMutation(trpc.indicators.importValues.mutationOptions({ onSuccess: refresh })),
    bind: useMutation(trpc.indicators.bindSource.mutationOptions({ onSuccess: refresh })),
  };
}
