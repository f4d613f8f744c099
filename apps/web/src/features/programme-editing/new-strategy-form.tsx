import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { FormField } from "../measures/form-field";
import { CreateForm } from "./create-form";
import { fieldMessage } from "./field-message";
import { useCreateForm } from "./use-create-form";

const ID = "new-strategy";
const ORDER = ["title", "vision", "overarchingGoal", "periodStart", "periodEnd"] as const;
const EMPTY = { title: "", vision: "", overarchingGoal: "", periodStart: "", periodEnd: "" };

interface NewStrategyFormProps {
  councilId: string;
  onCreated: (strategy: { id: string; title: string }) => void;
  onCancel: () => void;
}

/** The council's long view (`strategies.create`): programmes are its shorter periods. */
export function NewStrategyForm({ councilId, onCreated, onCancel }: NewStrategyFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.strategies.create.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, value: values[name], onChange: set(name), error: fieldMessage(t, errors[name]) });

  const submit = () =>
    void form.submit(["title"], async (v) => {
      const created = await create.mutateAsync({
        ownerId: councilId, title: v.title.trim(), vision: v.vision, overarchingGoal: v.overarchingGoal,
        periodStart: v.periodStart || null, periodEnd: v.periodEnd || null,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.strategies.pathKey() });
      onCreated({ id: created.id, title: created.title });
    });

  return (
    <CreateForm heading={t("newStrategy.heading")} idPrefix={ID} order={ORDER} errors={errors} failure={form.failure}
      attempt={form.attempt} pending={form.pending} submitLabel={t("newStrategy.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("title")} label={t("form.title")} required />
      <FormField {...field("vision")} kind="textarea" label={t("newStrategy.vision")} />
      <FormField {...field("overarchingGoal")} kind="textarea" label={t("newStrategy.overarchingGoal")} />
      <FormField {...field("periodStart")} kind="date" label={t("newStrategy.periodStart")} />
      <FormField {...field("periodEnd")} kind="date" label={t("newStrategy.periodEnd")} />
    </CreateForm>
  );
}
