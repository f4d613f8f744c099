import { Button, Heading } from "@digdir/designsystemet-react";
import { UpdateMeetingInputSchema } from "@samspill/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { schemaProblems } from "../../shared/forms";
import { useFocusOnOpen, useFocusReturn } from "../../shared/ui/focus";
import { FormField } from "../measures/form-field";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { FormErrors, useMeetingMessages } from "./form-errors";
import type { MeetingDetail } from "./types";
import { useFormState } from "./use-form-state";

type Meeting = Pick<MeetingDetail, "id" | "version" | "body" | "title" | "heldOn" | "location">;

/** "Edit meeting": body, title, date and place changed in place, at the version on screen. */
export function EditMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation("meetings");
  const [open, setOpen] = useState(false);
  // A reload after a conflict starts the form again from the latest saved values.
  const [formKey, setFormKey] = useState(0);
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
  return <EditMeetingForm key={formKey} meeting={meeting} onDone={() => setOpen(false)} onReloaded={() => setFormKey((key) => key + 1)} />;
}

function EditMeetingForm({ meeting, onDone, onReloaded }: { meeting: Meeting; onDone: () => void; onReloaded: () => void }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.meetings.update.mutationOptions());
  const headingId = useId();
  const id = `edit-meeting-${meeting.id}`;
  const panel = useFocusOnOpen<HTMLFormElement>();
  const form = useFormState(
    { body: meeting.body, title: meeting.title, heldOn: meeting.heldOn, location: meeting.location ?? "" },
    ["body", "title", "heldOn"],
    (values) => schemaProblems(UpdateMeetingInputSchema, { id: meeting.id, version: meeting.version, ...values }),
  );
  const labels = [
    ["body", t("edit.body")], ["title", t("edit.title")], ["heldOn", t("edit.heldOn")], ["location", t("edit.location")],
  ] as const;
  const label = Object.fromEntries(labels) as Record<(typeof labels)[number][0], string>;
  const messages = useMeetingMessages(labels, form.errors);
  const meetingKey = trpc.meetings.get.queryKey({ id: meeting.id });
  const latest = () => queryClient.fetchQuery(trpc.meetings.get.queryOptions({ id: meeting.id }, { staleTime: 0 }));

  async function save(version: number) {
    const saved = await form.run((values) => update.mutateAsync({ id: meeting.id, version, ...values }));
    if (!saved) return;
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: meetingKey }),
      queryClient.invalidateQueries({ queryKey: trpc.meetings.list.queryKey() }),
    ]);
    onDone();
  }

  return (
    <form ref={panel} className="stack edit-form" noValidate aria-labelledby={headingId}
      onSubmit={(event) => { event.preventDefault(); void save(meeting.version); }}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t("edit.editMeeting")}
      </Heading>
      <FormErrors idPrefix={id} labels={labels} messages={messages} failure={form.failure} />
      {form.conflict && (
        <ConflictAlert
          message={t("edit.conflict")}
          reloadLabel={t("edit.reload")}
          reapplyLabel={t("edit.reapply")}
          takeFocus
          onReload={async () => {
            await latest();
            onReloaded();
          }}
          onReapply={async () => save((await latest()).version)}
        />
      )}
      {labels.map(([name]) => (
        <FormField key={name} id={`${id}-${name}`} label={label[name]} kind={name === "heldOn" ? "date" : "text"}
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
