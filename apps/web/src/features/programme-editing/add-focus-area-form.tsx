import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { FormField } from "../measures/form-field";
import type { ProgrammeDetail } from "../programmes/types";
import { CreateForm } from "./create-form";
import { fieldMessage } from "./field-message";
import { focusAreaOptions } from "./focus-area-options";
import { useCreateForm } from "./use-create-form";

const ID = "new-focus-area";
const ORDER = ["parentId", "title", "heading", "description"] as const;
const EMPTY = { parentId: "", title: "", heading: "", description: "" };

interface AddFocusAreaFormProps {
  programme: Pick<ProgrammeDetail, "id" | "focusAreas">;
  onAdded: (title: string) => void;
  onCancel: () => void;
}

/**
 * A focus area of a draft programme, or a sub-theme under one (`programmes.addFocusArea` with
 * `parentId`). New ones go last, after their siblings.
 */
export function AddFocusAreaForm({ programme, onAdded, onCancel }: AddFocusAreaFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.programmes.addFocusArea.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, value: values[name], onChange: set(name), error: fieldMessage(t, errors[name]) });

  const submit = () =>
    void form.submit(["title"], async (v) => {
      const parent = v.parentId ? programme.focusAreas.find((area) => area.id === v.parentId) : null;
      const siblings = parent ? parent.children : programme.focusAreas;
      const position = siblings.reduce((max, area) => Math.max(max, area.position + 1), 0);
      const added = await add.mutateAsync({
        programmeId: programme.id, parentId: v.parentId || null, title: v.title.trim(),
        heading: v.heading.trim() || null, description: v.description, position,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(added.title);
    });

  return (
    <CreateForm heading={t("focusArea.heading")} idPrefix={ID} order={ORDER} errors={errors} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("focusArea.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("parentId")} kind="select" label={t("focusArea.parent")}>
        <option value="">{t("focusArea.topLevel")}</option>
        {focusAreaOptions(programme.focusAreas, 1).map((option) => (
          <option key={option.id} value={option.id}>{option.label}</option>
        ))}
      </FormField>
      <FormField {...field("title")} label={t("form.title")} required />
      <FormField {...field("heading")} label={t("focusArea.shortHeading")} />
      <FormField {...field("description")} kind="textarea" label={t("form.description")} />
    </CreateForm>
  );
}
