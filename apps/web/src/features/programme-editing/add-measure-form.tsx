import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { FormField } from "../measures/form-field";
import type { ProgrammeDetail } from "../programmes/types";
import { CreateForm } from "./create-form";
import { fieldMessage } from "./field-message";
import { focusAreaOptions } from "./focus-area-options";
import { useCreateForm } from "./use-create-form";
import { useMembers } from "./use-members";

const ID = "new-measure";
const ORDER = ["title", "focusAreaId", "scope", "ownerId", "responsiblePerson", "startDate", "endDate", "description"] as const;
const EMPTY = { title: "", focusAreaId: "", scope: "shared", ownerId: "", responsiblePerson: "", startDate: "", endDate: "", description: "" };

interface AddMeasureFormProps {
  programme: Pick<ProgrammeDetail, "id" | "owner" | "focusAreas">;
  onAdded: (measure: { id: string; title: string }) => void;
  onCancel: () => void;
}

/** A new shared or local measure under a focus area or sub-theme (`measures.create`). */
export function AddMeasureForm({ programme, onAdded, onCancel }: AddMeasureFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.measures.create.mutationOptions());
  const form = useCreateForm(EMPTY);
  const { values, set, errors } = form;
  const local = values.scope === "local";
  const { members } = useMembers(programme.owner.id, local);
  // A municipality's own programme has no members: its local measures are its own.
  const owners = members.length > 0 ? members : [{ id: programme.owner.id, name: programme.owner.name }];
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, value: values[name], onChange: set(name), error: fieldMessage(t, errors[name]) });

  const submit = () =>
    void form.submit(local ? ["title", "ownerId"] : ["title"], async (v) => {
      const created = await create.mutateAsync({
        programmeId: programme.id,
        focusAreaId: v.focusAreaId || null,
        scope: local ? "local" : "shared",
        ownerId: local ? v.ownerId : programme.owner.id,
        title: v.title.trim(),
        responsiblePerson: v.responsiblePerson.trim(),
        startDate: v.startDate || null,
        endDate: v.endDate || null,
        description: v.description,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
      onAdded({ id: created.id, title: created.title });
    });

  return (
    <CreateForm heading={t("measure.heading")} idPrefix={ID} order={ORDER} errors={errors} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("measure.submit")} onSubmit={submit} onCancel={onCancel}>
      <FormField {...field("title")} label={t("form.title")} required />
      <FormField {...field("focusAreaId")} kind="select" label={t("measure.focusArea")}>
        <option value="">{t("measure.noFocusArea")}</option>
        {focusAreaOptions(programme.focusAreas).map((option) => (
          <option key={option.id} value={option.id}>{option.label}</option>
        ))}
      </FormField>
      <FormField {...field("scope")} kind="select" label={t("measure.scope")}>
        <option value="shared">{t("measure.shared")}</option>
        <option value="local">{t("measure.local")}</option>
      </FormField>
      {local && (
        <FormField {...field("ownerId")} kind="select" label={t("measure.owner")}>
          <option value="">{t("measure.chooseOwner")}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>{owner.name}</option>
          ))}
        </FormField>
      )}
      <FormField {...field("responsiblePerson")} label={t("measure.responsiblePerson")} />
      <FormField {...field("startDate")} kind="date" label={t("measure.startDate")} />
      <FormField {...field("endDate")} kind="date" label={t("measure.endDate")} />
      <FormField {...field("description")} kind="textarea" label={t("form.description")} />
    </CreateForm>
  );
}
