import { CreateStrategyInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";

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
  const labels = {
    title: t("form.title"), vision: t("newStrategy.vision"), overarchingGoal: t("newStrategy.overarchingGoal"),
    periodStart: t("newStrategy.periodStart"), periodEnd: t("newStrategy.periodEnd"),
  };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const input = {
    ownerId: councilId, title: values.title.trim(), vision: values.vision, overarchingGoal: values.overarchingGoal,
    periodStart: values.periodStart || null, periodEnd: values.periodEnd || null,
  };

  const submit = () =>
    void form.submit(checkBeforeSending(CreateStrategyInputSchema, input, values, ["title"]), async () => {
      const created = await create.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.strategies.pathKey() });
      onCreated({ id: created.id, title: created.title });
    });

  return (
    <CreateForm heading={t("newStrategy.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure}
      attempt={form.attempt} pending={form.pending} submitLabel={t("newStrategy.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("title")} required />
      <FormField {...field("vision")} kind="textarea" />
      <FormField {...field("overarchingGoal")} kind="textarea" />
      <FormField {...field("periodStart")} kind="date" />
      <FormField {...field("periodEnd")} kind="date" />
    </CreateForm>
  );
}
