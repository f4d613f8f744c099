import { Button, Heading } from "@digdir/designsystemet-react";
import { AgendaItemSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { FormField } from "../measures/form-field";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { FormErrors, useMeetingMessages } from "./form-errors";
import type { AgendaItem } from "./types";
import { useFormState } from "./use-form-state";

interface EditAgendaItemFormProps {
  item: AgendaItem;
  onDone: () => void;
}

/** A case's number, title and description, changed in place at the version on screen. */
export function EditAgendaItemForm({ item, onDone }: EditAgendaItemFormProps) {
  const { t } = useTranslation("meetings");
  // A reload after a conflict starts the form again from the latest saved values.
  const [formKey, setFormKey] = useState(0);
  return <ItemForm key={formKey} item={item} onDone={onDone} onReloaded={() => setFormKey((key) => key + 1)} heading={t("edit.editItem", { caseNumber: item.caseNumber })} />;
}

function ItemForm({ item, onDone, onReloaded, heading }: EditAgendaItemFormProps & { onReloaded: () => void; heading: string }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.meetings.updateAgendaItem.mutationOptions());
  const headingId = useId();
  const id = `edit-item-${item.id}`;
  const panel = useFocusOnOpen<HTMLFormElement>();
  const form = useFormState({ caseNumber: item.caseNumber, title: item.title, description: item.description }, ["caseNumber", "title"],
    (values) => schemaProblems(AgendaItemSchema, { id: item.id, meetingId: item.meetingId, position: item.position, version: item.version, ...values }));
  const labels = [["caseNumber", t("edit.caseNumber")], ["title", t("edit.itemTitle")], ["description", t("edit.description")]] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;
  const messages = useMeetingMessages(labels, form.errors);
  const meetingKey = trpc.meetings.get.queryKey({ id: item.meetingId });

  /** The item as saved now, after the meeting is read again. */
  async function latest() {
    const meeting = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: item.meetingId }, { staleTime: 0 }));
    return meeting.agendaItems.find((candidate) => candidate.id === item.id);
  }

  async function save(version: number) {
    const saved = await form.run((values) => update.mutateAsync({ id: item.id, version, ...values, caseNumber: values.caseNumber.trim() }));
    if (!saved) return;
    await queryClient.invalidateQueries({ queryKey: meetingKey });
    onDone();
  }

  return (
    <form ref={panel} className="stack edit-form" noValidate aria-labelledby={headingId}
      onSubmit={(event) => { event.preventDefault(); void save(item.version); }}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {heading}
      </Heading>
      <FormErrors idPrefix={id} labels={labels} messages={messages} failure={form.failure} />
      {form.conflict && (
        <ConflictAlert
          message={t("edit.itemConflict")}
          reloadLabel={t("edit.reload")}
          reapplyLabel={t("edit.reapply")}
          takeFocus
          onReload={async () => {
            await latest();
            onReloaded();
          }}
          onReapply={async () => {
            const fresh = await latest();
            // Removed meanwhile: nothing left to change.
            if (!fresh) return onDone();
            await save(fresh.version);
          }}
        />
      )}
      {labels.map(([name]) => (
        <FormField key={name} id={`${id}-${name}`} label={label[name]} kind={name === "description" ? "textarea" : "text"}
          value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
      ))}
      <div className="field-inline">
        <Button type="submit" aria-disabled={update.isPending || undefined}>
          {update.isPending ? t("edit.saving") : t("edit.saveChanges")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("edit.cancel")}
        </Button>
      </div>
    </form>
  );
}
