import { UpdateProgrammeInputSchema } from "@samspill/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";

const ID = "programme-details";
const ORDER = ["title", "periodStart", "periodEnd", "strategyId", "introduction"] as const;

type Programme = Pick<ProgrammeDetail, "id" | "version" | "title" | "periodStart" | "periodEnd" | "introduction" | "strategy" | "owner">;

interface ProgrammeDetailsFormProps {
  programme: Programme;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * A draft's title, period, introduction and strategy (`programmes.update`), at the version read;
 * only the fields changed are sent. An adopted programme's change by revision instead.
 */
export function ProgrammeDetailsForm({ programme, onSaved, onCancel }: ProgrammeDetailsFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const strategies = useQuery(trpc.strategies.list.queryOptions({ ownerId: programme.owner.id, limit: 200 }));
  const update = useMutation(trpc.programmes.update.mutationOptions());
  const initial = {
    title: programme.title, periodStart: programme.periodStart, periodEnd: programme.periodEnd,
    strategyId: programme.strategy?.id ?? "", introduction: programme.introduction,
  };
  const form = useCreateForm(initial);
  const { values, set, errors } = form;
  const labels = {
    title: t("form.title"), periodStart: t("newProgramme.periodStart"), periodEnd: t("newProgramme.periodEnd"),
    strategyId: t("newProgramme.strategy"), introduction: t("newProgramme.introduction"),
  };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const changed = <K extends (typeof ORDER)[number]>(name: K) => values[name] !== initial[name];
  const input = {
    id: programme.id,
    version: programme.version,
    ...(changed("title") ? { title: values.title.trim() } : {}),
    ...(changed("periodStart") ? { periodStart: values.periodStart } : {}),
    ...(changed("periodEnd") ? { periodEnd: values.periodEnd } : {}),
    ...(changed("strategyId") ? { strategyId: values.strategyId || null } : {}),
    ...(changed("introduction") ? { introduction: values.introduction } : {}),
  };
  // The period is checked whole, as the server checks the merged row.
  const problems = checkBeforeSending(UpdateProgrammeInputSchema, { ...input, periodStart: values.periodStart, periodEnd: values.periodEnd }, values, ["title", "periodStart", "periodEnd"]);

  const submit = () =>
    void form.submit(problems, async () => {
      await update.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onSaved();
    });

  return (
    <CreateForm heading={t("details.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("details.save")} onSubmit={submit} onCancel={onCancel}>
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
