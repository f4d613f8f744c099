import { Button, Heading } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, ErrorSummary, FormField, useVersionedForm } from "../../shared/forms";
import { useFocusOnOpen } from "../../shared/ui/focus";
import { useMeetingMessages } from "./meeting-messages";
import { checkItem, ITEM_FIELDS, ITEM_REQUIRED, itemChanges, itemValues } from "./meeting-values";
import type { AgendaItem } from "./types";

interface EditAgendaItemFormProps {
  item: AgendaItem;
  onDone: () => void;
}

/** A case's number, title and description, changed in place at the version on screen. */
export function EditAgendaItemForm({ item, onDone }: EditAgendaItemFormProps) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.meetings.updateAgendaItem.mutationOptions());
  const headingId = useId();
  const id = `edit-item-${item.id}`;
  const panel = useFocusOnOpen<HTMLFormElement>();
  const form = useVersionedForm({
    initial: itemValues(item),
    version: item.version,
    required: ITEM_REQUIRED,
    check: (values) => checkItem(item, values),
    send: (changed, version) => update.mutateAsync({ id: item.id, version, ...itemChanges(changed) }),
    latest: async () => {
      const meeting = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: item.meetingId }, { staleTime: 0 }));
      const latest = meeting.agendaItems.find((candidate) => candidate.id === item.id);
      return latest ? { values: itemValues(latest), version: latest.version } : null;
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: item.meetingId }) });
      onDone();
    },
    // Removed meanwhile: nothing left to change.
    onGone: onDone,
  });
  const labels = { caseNumber: t("edit.caseNumber"), title: t("edit.itemTitle"), description: t("edit.description") };
  const messages = useMeetingMessages(labels, form.errors);

  return (
    <form ref={panel} className="stack edit-form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.submit(event)}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t("edit.editItem", { caseNumber: item.caseNumber })}
      </Heading>
      <ErrorSummary idPrefix={id} order={ITEM_FIELDS} messages={messages} problem={form.problem} attempt={form.attempt} />
      {form.conflict && (
        <ConflictAlert message={t("edit.itemConflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")} takeFocus
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      {ITEM_FIELDS.map((name) => (
        <FormField key={name} id={`${id}-${name}`} label={labels[name]} kind={name === "description" ? "textarea" : "text"}
          value={form.values[name]} onChange={form.set(name)} error={messages[name]} />
      ))}
      <div className="field-inline">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? t("edit.saving") : t("edit.saveChanges")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("edit.cancel")}
        </Button>
      </div>
    </form>
  );
}
