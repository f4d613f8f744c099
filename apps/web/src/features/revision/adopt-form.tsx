import { Button } from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, FormField, useCreateForm, useFieldMessages } from "../../shared/forms";
import { ADOPT_FIELDS, ADOPT_PROBLEMS, validateAdopt, type AdoptValues } from "./adopt-values";
import { chosenMeeting, MeetingChoiceField, useSameDayMeetings, type MeetingChoice } from "./meeting-choice";

interface AdoptFormProps {
  /** The council whose meetings on the chosen date are offered. */
  councilId: string;
  initial: AdoptValues;
  pending: boolean;
  onSubmit: (values: AdoptValues) => Promise<void>;
  onCancel: () => void;
}

/** Meeting date, body, case number and decision text; errors at each field and summarised on top. */
export function AdoptForm({ councilId, initial, pending, onSubmit, onCancel }: AdoptFormProps) {
  const { t } = useTranslation("revision");
  const form = useCreateForm(initial, { problemOptions: ADOPT_PROBLEMS });
  const { values, set } = form;
  const [choice, setChoice] = useState<MeetingChoice>(null);
  const sameDay = useSameDayMeetings(councilId, values.heldOn);
  const meeting = chosenMeeting(sameDay, choice);
  // An existing meeting already has its body; the decision is recorded in it.
  const sent: AdoptValues = meeting ? { ...values, meetingId: meeting.id, body: meeting.body } : { ...values, meetingId: "" };
  const labels = { heldOn: t("adopt.heldOn"), body: t("adopt.body"), caseNumber: t("adopt.caseNumber"), text: t("adopt.text") };
  const messages = useFieldMessages({ labels, examples: { caseNumber: "41/22" } }, form.errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    void form.submit(validateAdopt(sent), () => onSubmit(sent));
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <ErrorSummary idPrefix="adopt" order={ADOPT_FIELDS} messages={messages} problem={form.failure} attempt={form.attempt} />
      <FormField id="adopt-heldOn" kind="date" label={labels.heldOn} value={values.heldOn} onChange={set("heldOn")} error={messages.heldOn} />
      <MeetingChoiceField meetings={sameDay} chosen={meeting} onChoose={setChoice} />
      {!meeting && (
        <FormField id="adopt-body" label={labels.body} description={t("adopt.bodyHelp")} value={values.body} onChange={set("body")} error={messages.body} />
      )}
      <FormField id="adopt-caseNumber" label={labels.caseNumber} description={t("adopt.caseNumberHelp")} value={values.caseNumber}
        onChange={set("caseNumber")} error={messages.caseNumber} />
      <FormField id="adopt-text" kind="textarea" label={labels.text} value={values.text} onChange={set("text")} error={messages.text} />
      <div className="revision-actions">
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("adopt.submitting") : t("adopt.submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("adopt.cancel")}
        </Button>
      </div>
    </form>
  );
}
