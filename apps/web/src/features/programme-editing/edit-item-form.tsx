import { UpdateFocusAreaInputSchema, UpdateGoalInputSchema } from "@samspill/domain";
import { useTranslation } from "react-i18next";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import { ItemProblem } from "./item-problem";
import type { StructureItem } from "./structure-items";
import { useItemMutations, type ItemText } from "./use-item-mutations";

interface EditItemFormProps {
  programmeId: string;
  item: StructureItem;
  onSaved: (title: string) => void;
  onCancel: () => void;
}

/**
 * Title, short heading and description of a focus area or sub-theme, or title and description
 * of a goal, saved at the version read. A conflict keeps the form's text so it can go again.
 */
export function EditItemForm({ programmeId, item, onSaved, onCancel }: EditItemFormProps) {
  const { t } = useTranslation("programme-editing");
  const mutations = useItemMutations(programmeId);
  const id = `edit-${item.id}`;
  const area = item.kind === "focusArea";
  const order = area ? ["title", "heading", "description"] : ["title", "description"];
  const form = useCreateForm<ItemText>({ title: item.title, heading: item.heading ?? "", description: item.description });
  const { values, set, errors } = form;
  const labels = { title: area ? t("form.title") : t("goal.title"), heading: t("focusArea.shortHeading"), description: t("form.description") };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: keyof ItemText) => ({ id: `${id}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const conflict = form.failure?.code === "CONFLICT" ? form.failure : null;
  const text = { id: item.id, version: item.version, title: values.title.trim(), description: values.description };
  const problems = area
    ? checkBeforeSending(UpdateFocusAreaInputSchema, { ...text, heading: values.heading.trim() || null }, values, ["title"])
    : checkBeforeSending(UpdateGoalInputSchema, text, values, ["title"]);

  const save = (version: () => Promise<number | null>) =>
    void form.submit(problems, async (v) => {
      const at = await version();
      // Removed meanwhile: nothing to apply the change to.
      if (at === null) throw Object.assign(new Error("removed"), { data: { domainCode: "NOT_FOUND" } });
      await mutations.update(item, v, at);
      onSaved(v.title.trim());
    });
  const reload = () => void mutations.reload().then(onCancel);

  return (
    <CreateForm heading={t(area ? "structure.editArea" : "structure.editGoal", { title: item.title })} idPrefix={id} order={order}
      messages={messages} failure={conflict ? null : form.failure} attempt={form.attempt} pending={form.pending}
      submitLabel={t("structure.save")} onSubmit={() => save(() => Promise.resolve(item.version))} onCancel={onCancel}>
      {conflict && <ItemProblem problem={conflict} onReload={reload} onReapply={() => save(() => mutations.latestVersion(item.kind, item.id))} />}
      <FormField {...field("title")} required />
      {area && <FormField {...field("heading")} />}
      <FormField {...field("description")} kind="textarea" />
    </CreateForm>
  );
}
