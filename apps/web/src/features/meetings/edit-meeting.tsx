import { Button, Heading } from "@digdir/designsystemet-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ConflictAlert, ErrorSummary, FormField, useVersionedForm } from "../../shared/forms";
import { useFocusOnOpen, useFocusReturn } from "../../shared/ui/focus";
import { useMeetingMessages } from "./meeting-messages";
import { checkMeeting, MEETING_FIELDS, MEETING_REQUIRED, meetingValues, type Meeting } from "./meeting-values";

/** "Edit meeting": body, title, date and place changed in place, at the version on screen. */
export function EditMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation("meetings");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, button);
  if (!open) {
    return (
      <div>
        <Button ref={button} type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t("edit.editMeeting")}
        </Button>
      </div>
    );
  }
  return <EditMeetingForm meeting={meeting} onDone={() => setOpen(false)} />;
}

function EditMeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.meetings.update.mutationOptions());
  const headingId = useId();
  const id = `edit-meeting-${meeting.id}`;
  const panel = useFocusOnOpen<HTMLFormElement>();
  const form = useVersionedForm({
    initial: meetingValues(meeting),
    version: meeting.version,
    required: MEETING_REQUIRED,
    check: (values) => checkMeeting(meeting, values),
    send: (changed, version) => update.mutateAsync({ id: meeting.id, version, ...changed }),
    latest: async () => {
      const latest = await queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: meeting.id }, { staleTime: 0 }));
      return { values: meetingValues(latest), version: latest.version };
    },
    onSaved: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meeting.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.meetings.list.queryKey() }),
      ]);
      onDone();
    },
  });
  const labels = { body: t("edit.body"), title: t("edit.title"), heldOn: t("edit.heldOn"), location: t("edit.location") };
  const messages = useMeetingMessages(labels, form.errors);

  return (
    <form ref={panel} className="stack edit-form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.submit(event)}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t("edit.editMeeting")}
      </Heading>
      <ErrorSummary idPrefix={id} order={MEETING_FIELDS} messages={messages} problem={form.problem} attempt={form.attempt} />
      {form.conflict && (
        <ConflictAlert message={t("edit.conflict")} reloadLabel={t("edit.reload")} reapplyLabel={t("edit.reapply")} takeFocus
          onReload={() => void form.reload()} onReapply={() => void form.reapply()} />
      )}
      {MEETING_FIELDS.map((name) => (
        <FormField key={name} id={`${id}-${name}`} label={labels[name]} kind={name === "heldOn" ? "date" : "text"}
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
