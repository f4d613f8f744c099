import type { Currency } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../app/trpc";
import type { BudgetSubmit } from "./budget-form";
import type { MeasureDetail } from "./types";

export type BudgetLine = MeasureDetail["budget"]["lines"][number];

/**
 * The three budget mutations of one measure, and a way to read the latest lines (a conflict
 * re-applies on the version someone else left).
 */
export function useBudgetLines(measureId: string, currency: Currency) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.measures.addBudgetLine.mutationOptions());
  const update = useMutation(trpc.measures.updateBudgetLine.mutationOptions());
  const remove = useMutation(trpc.measures.removeBudgetLine.mutationOptions());
  const key = trpc.measures.get.queryKey({ id: measureId });
  const money = (submit: BudgetSubmit) => ({ amountMinor: submit.amountMinor, currency });

  async function latest(): Promise<MeasureDetail> {
    await queryClient.invalidateQueries({ queryKey: key });
    return queryClient.fetchQuery(trpc.measures.get.queryOptions({ id: measureId }));
  }

  return {
    refresh: () => queryClient.invalidateQueries({ queryKey: key }),
    latest,
    add: (submit: BudgetSubmit) =>
      add.mutateAsync({
        measureId,
        partId: submit.values.partId || null,
        year: submit.year,
        amount: money(submit),
        fundingSource: submit.values.fundingSource,
        description: submit.values.description,
      }),
    update: (id: string, version: number, submit: BudgetSubmit) =>
      update.mutateAsync({
        id,
        version,
        year: submit.year,
        amount: money(submit),
        fundingSource: submit.values.fundingSource,
        description: submit.values.description,
      }),
    remove: (id: string, version: number) => remove.mutateAsync({ id, version }),
  };
}
