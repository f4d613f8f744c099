import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { navigate } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { FormField } from "../measures/form-field";
import { CreateForm } from "./create-form";
import { fieldMessage } from "./field-message";
import { useCreateForm } from "./use-create-form";

const ID = "new-programme";
const ORDER = ["title", "periodStart", "periodEnd", "strategyId", "introduction"] as const;
const EMPTY = { title: "", periodStart: "", periodEnd: "", strategyId: "", introduction: "" };

/** A new action programme of the council (`programmes.create`); it opens as a draft. */
export function NewProgrammeForm({ councilId }: { councilId: string }) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const strategies = useQuery(trpc.strategies.list.queryOptions({ ownerId: councilId, limit: 200 }));
  const create = useMutation(trpc.programmes.create.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, value: values[name], onChange: set(name), error: fieldMessage(t, errors[name]) });

  const submit = () =>
    void form.submit(["title", "periodStart", "periodEnd"], async (v) => {
      const created = await create.mutateAsync({
        ownerId: councilId, title: v.title.trim(), periodStart: v.periodStart, periodEnd: v.periodEnd,
        strategyId: v.strategyId || null, introduction: v.introduction,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      navigate(hrefFor({ name: "programme", id: created.id }));
    });

  return (
    <CreateForm heading={t("newProgramme.formHeading")} headingLevel={2} idPrefix={ID} order={ORDER} errors={errors} failure={form.failure}
      attempt={form.attempt} pending={form.pending} submitLabel={t("newProgramme.submit")} onSubmit={submit} onCancel={() => navigate(hrefFor({ name: "home" }))}>
      <FormField {...field("title")} label={t("form.title")} required />
      <FormField {...field("periodStart")} kind="date" label={t("newProgramme.periodStart")} required />
      <FormField {...field("periodEnd")} kind="date" label={t("newProgramme.periodEnd")} required />
      <FormField {...field("strategyId")} kind="select" label={t("newProgramme.strategy")}>
        <option value="">{t("newProgramme.noStrategy")}</option>
        {(strategies.data?.items ?? []).map((strategy) => (
          <option key={strategy.id} value={strategy.id}>{strategy.title}</option>
        ))}
      </FormField>
      <FormField {...field("introduction")} kind="textarea" label={t("newProgramme.introduction")} />
    </CreateForm>
  );
}
