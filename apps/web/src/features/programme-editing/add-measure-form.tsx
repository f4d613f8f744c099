import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { CreateMeasureInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { checkBeforeSending, CreateForm, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import type { ProgrammeDetail } from "../programmes/types";
import { focusAreaOptions } from "./focus-area-options";
import { sameTitleMeasures } from "./same-title";
import { useMembers } from "./use-members";

const ID = "new-measure";
const ORDER = ["title", "focusAreaId", "scope", "ownerId", "responsiblePerson", "startDate", "endDate", "description"] as const;
const EMPTY = { title: "", focusAreaId: "", scope: "shared", ownerId: "", responsiblePerson: "", startDate: "", endDate: "", description: "" };

interface AddMeasureFormProps {
  programme: Pick<ProgrammeDetail, "id" | "owner" | "focusAreas" | "unassignedMeasures">;
  /** `another`: the form stays open for the next one ("save and add another"). */
  onAdded: (measure: { id: string; title: string }, another: boolean) => void;
  onCancel: () => void;
}

/** A new shared or local measure under a focus area or sub-theme (`measures.create`). */
export function AddMeasureForm({ programme, onAdded, onCancel }: AddMeasureFormProps) {
  const { t } = useTranslation("programme-editing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.measures.create.mutationOptions());
  // The next measure goes in the same place, for the same owner.
  const form = useCreateForm(EMPTY, { keep: ["focusAreaId", "scope", "ownerId"] });
  const { values, set, errors } = form;
  const local = values.scope === "local";
  const { members } = useMembers(programme.owner.id, local);
  // A municipality's own programme has no members: its local measures are its own.
  const owners = members.length > 0 ? members : [{ id: programme.owner.id, name: programme.owner.name }];
  const labels = {
    title: t("form.title"), focusAreaId: t("measure.focusArea"), scope: t("measure.scope"), ownerId: t("measure.owner"),
    responsiblePerson: t("measure.responsiblePerson"), startDate: t("measure.startDate"), endDate: t("measure.endDate"), description: t("form.description"),
  };
  const messages = useFieldMessages({ labels }, errors);
  const field = (name: (typeof ORDER)[number]) => ({ id: `${ID}-${name}`, label: labels[name], value: values[name], onChange: set(name), error: messages[name] });
  const namesakes = sameTitleMeasures(programme, values.title);
  const input = {
    programmeId: programme.id,
    focusAreaId: values.focusAreaId || null,
    scope: local ? ("local" as const) : ("shared" as const),
    ownerId: local ? values.ownerId : programme.owner.id,
    title: values.title.trim(),
    responsiblePerson: values.responsiblePerson.trim(),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    description: values.description,
  };

  const save = (another: boolean) =>
    void form.submit(checkBeforeSending(CreateMeasureInputSchema, input, values, local ? ["title", "ownerId"] : ["title"]), async () => {
      const created = await create.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.measures.pathKey() });
      onAdded({ id: created.id, title: created.title }, another);
    }, { another });

  return (
    <CreateForm heading={t("measure.heading")} idPrefix={ID} order={ORDER} messages={messages} failure={form.failure} attempt={form.attempt}
      pending={form.pending} submitLabel={t("measure.submit")} onSubmit={() => save(false)} onCancel={onCancel}
      another={{ label: t("form.addAnother"), onSubmit: () => save(true), added: form.added }}>
      <FormField {...field("title")} required />
      {/* A warning, not a refusal: the secretariat may mean two measures of the same name. */}
      <div role="status">
        {namesakes.length > 0 && (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">
              {t("measure.sameTitle", { count: namesakes.length, measures: namesakes.map((m) => `${m.number} ${m.title}`).join(", ") })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <FormField {...field("focusAreaId")} kind="select">
        <option value="">{t("measure.noFocusArea")}</option>
        {focusAreaOptions(programme.focusAreas).map((option) => (
          <option key={option.id} value={option.id}>{option.label}</option>
        ))}
      </FormField>
      <FormField {...field("scope")} kind="select">
        <option value="shared">{t("measure.shared")}</option>
        <option value="local">{t("measure.local")}</option>
      </FormField>
      {local && (
        <FormField {...field("ownerId")} kind="select">
          <option value="">{t("measure.chooseOwner")}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>{owner.name}</option>
          ))}
        </FormField>
      )}
      <FormField {...field("responsiblePerson")} />
      <FormField {...field("startDate")} kind="date" />
      <FormField {...field("endDate")} kind="date" />
      <FormField {...field("description")} kind="textarea" />
    </CreateForm>
  );
}
