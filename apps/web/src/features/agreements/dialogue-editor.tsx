import { CreateDialogueMeetingInputSchema, UpdateDialogueMeetingInputSchema } from "@samspill/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { checkBeforeSending, onlyChanged } from "../../shared/forms";
import { AddButton } from "./add-button";
import { DialogueMeetings } from "./dialogue-meetings";
import { Notice, RemoveConfirm, RowActions, useEditTask } from "./editing";
import { RowForm } from "./row-form";
import type { AgreementDetail } from "./types";
import { useAgreementData } from "./use-agreement-data";

type Meeting = AgreementDetail["dialogueMeetings"][number];
type Values = { heldOn: string; title: string; summary: string };

const inputOf = (values: Values) => ({ heldOn: values.heldOn, title: values.title.trim(), summary: values.summary });

/** The dialogue meetings, and for the county official: record one, change it, remove it. */
export function DialoguePart({ agreement, editable }: { agreement: AgreementDetail; editable: boolean }) {
  const { t } = useTranslation("agreement-editing");
  const edit = useEditTask();
  const actions = (meeting: Meeting) => (
    <RowActions name={meeting.title} onEdit={() => edit.begin({ kind: "edit", id: meeting.id })}
      onRemove={() => edit.begin({ kind: "remove", id: meeting.id })} />
  );
  return (
    <DialogueMeetings meetings={agreement.dialogueMeetings} actions={editable ? actions : undefined}
      editor={editable && (
        <div className="stack">
          <Notice text={edit.notice} />
          <AddButton label={t("dialogue.add")} open={edit.task !== null} onOpen={() => edit.begin({ kind: "add" })} />
          {edit.task && <MeetingTask agreement={agreement} edit={edit} />}
        </div>
      )} />
  );
}

function MeetingTask({ agreement, edit }: { agreement: AgreementDetail; edit: ReturnType<typeof useEditTask> }) {
  const { t } = useTranslation("agreement-editing");
  const data = useAgreementData(agreement.id);
  const add = useMutation(data.trpc.agreements.addDialogueMeeting.mutationOptions());
  const update = useMutation(data.trpc.agreements.updateDialogueMeeting.mutationOptions());
  const remove = useMutation(data.trpc.agreements.removeDialogueMeeting.mutationOptions());
  const task = edit.task;
  const meeting = task && task.kind !== "add" ? agreement.dialogueMeetings.find((row) => row.id === task.id) : undefined;
  const latestVersion = data.latestVersionOf((fresh) => fresh.dialogueMeetings.find((row) => row.id === meeting?.id));
  const reload = () => void data.refresh().then(() => edit.begin(null));
  const fields = [
    { name: "heldOn" as const, label: t("fields.heldOn"), kind: "date" as const, required: true },
    { name: "title" as const, label: t("fields.meeting"), required: true },
    { name: "summary" as const, label: t("fields.summary"), kind: "textarea" as const },
  ];

  if (task?.kind === "add") {
    return (
      <RowForm<keyof Values>
        heading={t("dialogue.addHeading")} idPrefix="add-dialogue" version={0} fields={fields} initial={{ heldOn: "", title: "", summary: "" }}
        check={(values) => checkBeforeSending(CreateDialogueMeetingInputSchema, { agreementId: agreement.id, ...inputOf(values) }, values, ["heldOn", "title"])}
        send={async (values) => {
          await add.mutateAsync({ agreementId: agreement.id, ...inputOf(values) });
          await data.refresh();
        }}
        submitLabel={t("dialogue.addSubmit")} onDone={() => edit.done(t("dialogue.added"))} onCancel={() => edit.begin(null)} />
    );
  }
  if (!meeting) return null;
  if (task?.kind === "remove") {
    return (
      <RemoveConfirm question={t("dialogue.confirmRemove", { title: meeting.title })} version={meeting.version} latestVersion={latestVersion}
        send={async (version) => {
          await remove.mutateAsync({ id: meeting.id, version });
          await data.refresh();
        }}
        onReload={reload} onDone={() => edit.done(t("dialogue.removed", { title: meeting.title }))} onCancel={() => edit.begin(null)} />
    );
  }
  return (
    <RowForm<keyof Values>
      heading={t("dialogue.editHeading", { title: meeting.title })} idPrefix={`dialogue-${meeting.id}`} version={meeting.version} fields={fields}
      initial={{ heldOn: meeting.heldOn, title: meeting.title, summary: meeting.summary }}
      check={(values) => checkBeforeSending(UpdateDialogueMeetingInputSchema, { id: meeting.id, version: meeting.version, ...inputOf(values) }, values, ["heldOn", "title"])}
      send={async (values, version, changed) => {
        await update.mutateAsync({ id: meeting.id, version, ...onlyChanged(inputOf(values), changed) });
        await data.refresh();
      }}
      latestVersion={latestVersion} onReload={reload}
      submitLabel={t("form.save")} onDone={() => edit.done(t("dialogue.saved", { title: meeting.title }))} onCancel={() => edit.begin(null)} />
  );
}
