import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { FormField } from "../measures/form-field";
import type { ProgrammeDetail } from "../programmes/types";
import { CreateForm } from "./create-form";
import { fieldMessage } from "./field-message";
import { focusAreaOptions } from "./focus-area-options";
import { useCreateForm } from "./use-create-form";

const ID = "new-goal";
const ORDER = ["focusAreaId", "title", "description"] as const;
const EMPTY = { focusAreaId: "", title: "", description: "" };

interface AddGoalFormProps {
  programme: Pick<ProgrammeDetail, "id" | "focusAreas">;
  onAdded: (title: string) => void;
  onCancel: () => void;
}

/** A goal of a draft programme, under a focus area or sub-theme or for the whole programme. */
export function AddGoalForm({ programme, onAdded, onCancel }: AddGoalFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.programmes.addGoal.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, value: values[name], onChange: set(name), error: fieldMessage(t, errors[name]) });

  const submit = () =>
    void form.submit(["title"], async (v) => {
      const added = await add.mutateAsync({
        programmeId: programme.id, focusAreaId: v.focusAreaId || null, title: v.title.trim(), description: v.description,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(added.title);
    });

  return (
    <CreateForm heading={t("goal.heading")} idPrefix={ID} order={ORDER} errors={errors} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("goal.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("focusAreaId")} kind="select" label={t("goal.focusArea")}>
        <option value="">{t("goal.whole")}</option>
        {focusAreaOptions(programme.focusAreas).map((option) => (
          <option key={option.id} value={option.id}>{option.label}</option>
        ))}
      </FormField>
      <FormField {...field("title")} label={t("goal.title")} required />
      <FormField {...field("description")} kind="textarea" label={t("form.description")} />
    </CreateForm>
  );
}
