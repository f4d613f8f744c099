import { CreateGoalInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";
import { focusAreaOptions } from "./focus-area-options";

const ID = "new-goal";
const ORDER = ["focusAreaId", "title", "description"] as const;
const EMPTY = { focusAreaId: "", title: "", description: "" };

interface AddGoalFormProps {
  programme: Pick<ProgrammeDetail, "id" | "focusAreas">;
  /** `another`: the form stays open for the next one ("save and add another"). */
  onAdded: (title: string, another: boolean) => void;
  onCancel: () => void;
}

/** A goal of a draft programme, under a focus area or sub-theme or for the whole programme. */
export function AddGoalForm({ programme, onAdded, onCancel }: AddGoalFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.programmes.addGoal.mutationOptions());
  // The next goal goes under the same focus area.
  const form = useCreateForm(EMPTY, { keep: ["focusAreaId"] });
  const { values, set, errors } = form;
  const labels = { focusAreaId: t("goal.focusArea"), title: t("goal.title"), description: t("form.description") };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const input = { programmeId: programme.id, focusAreaId: values.focusAreaId || null, title: values.title.trim(), description: values.description };

  const save = (another: boolean) =>
    void form.submit(checkBeforeSending(CreateGoalInputSchema, input, values, ["title"]), async () => {
      const added = await add.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(added.title, another);
    }, { another });

  return (
    <CreateForm heading={t("goal.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("goal.submit")} onSubmit={() => save(false)} onCancel={onCancel}
      another={{ label: t("form.addAnother"), onSubmit: () => save(true), added: form.added }}>
      <FormField {...field("focusAreaId")} kind="select">
        <option value="">{t("goal.whole")}</option>
        {focusAreaOptions(programme.focusAreas).map((option) => (
          <option key={option.id} value={option.id}>{option.label}</option>
        ))}
      </FormField>
      <FormField {...field("title")} required />
      <FormField {...field("description")} kind="textarea" />
    </CreateForm>
  );
}
