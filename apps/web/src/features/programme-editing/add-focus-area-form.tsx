import { CreateFocusAreaInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";
import { focusAreaOptions } from "./focus-area-options";

const ID = "new-focus-area";
const ORDER = ["parentId", "title", "heading", "description"] as const;
const EMPTY = { parentId: "", title: "", heading: "", description: "" };

interface AddFocusAreaFormProps {
  programme: Pick<ProgrammeDetail, "id" | "focusAreas">;
  /** `another`: the form stays open for the next one ("save and add another"). */
  onAdded: (title: string, another: boolean) => void;
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
  // The next sub-theme goes under the same focus area.
  const form = useCreateForm(EMPTY, { keep: ["parentId"] });
  const { values, set, errors } = form;
  const labels = { parentId: t("focusArea.parent"), title: t("form.title"), heading: t("focusArea.shortHeading"), description: t("form.description") };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const parent = values.parentId ? programme.focusAreas.find((area) => area.id === values.parentId) : null;
  const siblings = parent ? parent.children : programme.focusAreas;
  const input = {
    programmeId: programme.id, parentId: values.parentId || null, title: values.title.trim(),
    heading: values.heading.trim() || null, description: values.description,
    position: siblings.reduce((max, area) => Math.max(max, area.position + 1), 0),
  };

  const save = (another: boolean) =>
    void form.submit(checkBeforeSending(CreateFocusAreaInputSchema, input, values, ["title"]), async () => {
      const added = await add.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      onAdded(added.title, another);
    }, { another });

  return (
    <CreateForm heading={t("focusArea.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("focusArea.submit")} onSubmit={() => save(false)} onCancel={onCancel}
      another={{ label: t("form.addAnother"), onSubmit: () => save(true), added: form.added }}>
      <FormField {...field("parentId")} kind="select">
        <option value="">{t("focusArea.topLevel")}</option>
        {focusAreaOptions(programme.focusAreas, 1).map((option) => (
          <option key={option.id} value={option.id}>{option.label}</option>
        ))}
      </FormField>
      <FormField {...field("title")} required />
      <FormField {...field("heading")} />
      <FormField {...field("description")} kind="textarea" />
    </CreateForm>
  );
}
