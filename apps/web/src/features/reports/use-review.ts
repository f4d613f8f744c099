import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { errorCodeOf } from "../../shared/errors/error-code";
import type { QueueItem } from "./types";

/** What approving or returning needs to know of a report. */
export type ReviewItem = Pick<QueueItem, "id" | "version" | "measureTitle">;

export type ReviewAction = { kind: "approve"; id: string } | { kind: "return"; id: string; comment: string };

/**
 * Approving and returning from the queue. Each names the version listed; when someone changed
 * the report since, the queue says so and can re-send with the version it reads now.
 */
export function useReview(items: readonly ReviewItem[], refetch: () => Promise<{ data?: { items: readonly ReviewItem[] } }>) {
  const { t } = useTranslation("reports");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const approve = useMutation(trpc.reports.approve.mutationOptions());
  const giveBack = useMutation(trpc.reports.return.mutationOptions());
  const [done, setDone] = useState<string>();
  const [conflict, setConflict] = useState<ReviewAction>();
  const [error, setError] = useState<unknown>();

  async function run(action: ReviewAction, list: readonly ReviewItem[] = items): Promise<boolean> {
    const item = list.find((candidate) => candidate.id === action.id);
    setDone(undefined);
    setConflict(undefined);
    setError(undefined);
    if (!item) return false;
    try {
      if (action.kind === "approve") await approve.mutateAsync({ id: item.id, version: item.version });
      else await giveBack.mutateAsync({ id: item.id, version: item.version, comment: action.comment });
      setDone(t(action.kind === "approve" ? "queue.approved" : "queue.returned", { measure: item.measureTitle }));
      await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
      return true;
    } catch (caught) {
      if (errorCodeOf(caught) === "CONFLICT") setConflict(action);
      else setError(caught);
      return false;
    }
  }

  return {
    run,
    busy: approve.isPending || giveBack.isPending,
    done,
    conflict,
    error,
    reload: () => {
      setConflict(undefined);
      void refetch();
    },
    reapply: async () => {
      if (!conflict) return;
      const fresh = await refetch();
      await run(conflict, fresh.data?.items ?? []);
    },
  };
}

export type Review = ReturnType<typeof useReview>;
