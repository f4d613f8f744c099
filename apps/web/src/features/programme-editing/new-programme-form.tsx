import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CreateProgrammeInputSchema } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";

const ID = "new-programme";
const ORDER = ["title", "periodStart", "periodEnd", "strategyId", "introduction"] as const;
const EMPTY = { title: "", periodStart: "", periodEnd: "", introduction: "" };

interface NewProgrammeFormProps {
  councilId: string;
  /** The chosen strategy ("" for none), held by the page so a strategy created there is chosen at once. */
  strategyId: string;
  onStrategyChange: (strategyId: string) => void;
}

/** A new action programme of the council (`programmes.create`); it opens as a draft. */
export function NewProgrammeForm({ councilId, strategyId, onStrategyChange }: NewProgrammeFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const strategies = useQuery(trpc.strategies.list.queryOptions({ ownerId: councilId, limit: 200 }));
  const create = useMutation(trpc.programmes.create.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const labels = {
    title: t("form.title"), periodStart: t("newProgramme.periodStart"), periodEnd: t("newProgramme.periodEnd"),
    strategyId: t("newProgramme.strategy"), introduction: t("newProgramme.introduction"),
  };
  const messages = useFieldMessages({ labels }, errors);
  const all = { ...values, strategyId };
  const field = (name: (typeof ORDER)[number]) => ({
    id: `${ID}-${name}`, label: labels[name], value: all[name], onChange: name === "strategyId" ? onStrategyChange : set(name), error: messages[name],
  });
  const input = {
    ownerId: councilId, title: values.title.trim(), periodStart: values.periodStart, periodEnd: values.periodEnd,
    strategyId: strategyId || null, introduction: values.introduction,
  };

  const submit = () =>
    void form.submit(checkBeforeSending(CreateProgrammeInputSchema, input, values, ["title", "periodStart", "periodEnd"]), async () => {
      const created = await create.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      navigate(hrefFor({ name: "programme", id: created.id }));
    });

  return (
    <CreateForm heading={t("newProgramme.formHeading")} headingLevel={2} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure}
      attempt={form.attempt} pending={form.pending} submitLabel={t("newProgramme.submit")} onSubmit={submit} onCancel={() => navigate(hrefFor({ name: "home" }))}>
      <FormField {...field("title")} required />
      <FormField {...field("periodStart")} kind="date" required />
      <FormField {...field("periodEnd")} kind="date" required />
      <FormField {...field("strategyId")} kind="select">
        <option value="">{t("newProgramme.noStrategy")}</option>
        {(strategies.data?.items ?? []).map((strategy) => (
          <option key={strategy.id} value={strategy.id}>{strategy.title}</option>
        ))}
      </FormField>
      <FormField {...field("introduction")} kind="textarea" />
    </CreateForm>
  );
}
