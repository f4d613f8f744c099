import { Alert, Button, ErrorSummary, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorCodeOf } from "../../shared/errors/error-code";
import { type FieldProblems, useFieldMessages } from "../../shared/forms";
import { AdoptField } from "./adopt-field";
import { chosenMeeting, MeetingChoiceField, useSameDayMeetings, type MeetingChoice } from "./meeting-choice";
import { ADOPT_FIELDS, serverErrors, validateAdopt, type AdoptField as Field, type AdoptValues } from "./adopt-values";

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
  const { t } = useTranslation(["revision", "common"]);
  const [values, setValues] = useState(initial);
  const [choice, setChoice] = useState<MeetingChoice>(null);
  const sameDay = useSameDayMeetings(councilId, values.heldOn);
  const meeting = chosenMeeting(sameDay, choice);
  // An existing meeting already has its body; the decision is recorded in it.
  const sent: AdoptValues = meeting ? { ...values, meetingId: meeting.id, body: meeting.body } : { ...values, meetingId: "" };
  const [errors, setErrors] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const summary = useRef<HTMLElement | null>(null);
  const keep = (element: HTMLElement | null) => {
    summary.current = element;
  };
  const set = (field: Exclude<Field, "meetingId">) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const labels = { heldOn: t("adopt.heldOn"), body: t("adopt.body"), caseNumber: t("adopt.caseNumber"), text: t("adopt.text") };
  const messages = useFieldMessages({ labels, examples: { caseNumber: "41/22" } }, errors);
  const message = (field: Field): string | undefined => messages[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const found = validateAdopt(sent);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    try {
      await onSubmit(sent);
    } catch (error) {
      const fields = serverErrors(error);
      setErrors(fields);
      setFailure(Object.keys(fields).length > 0 ? null : error);
      requestAnimationFrame(() => summary.current?.focus());
    }
  }

  const listed = ADOPT_FIELDS.filter((field) => messages[field]);
  return (
    <form className="stack" noValidate onSubmit={submit}>
      {listed.length > 0 && (
        <ErrorSummary ref={keep}>
          <ErrorSummary.Heading>{t("adopt.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map((field) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#adopt-${field}`}>{message(field)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {failure !== null && (
        <Alert data-color="danger" role="alert" ref={keep} tabIndex={-1}>
          <Paragraph>{t(`common:errors.${errorCodeOf(failure)}`)}</Paragraph>
        </Alert>
      )}
      <AdoptField id="adopt-heldOn" kind="date" label={t("adopt.heldOn")} value={values.heldOn} onChange={set("heldOn")} error={message("heldOn")} />
      <MeetingChoiceField meetings={sameDay} chosen={meeting} onChoose={setChoice} />
      {!meeting && (
        <AdoptField id="adopt-body" label={t("adopt.body")} help={t("adopt.bodyHelp")} value={values.body} onChange={set("body")} error={message("body")} />
      )}
      <AdoptField id="adopt-caseNumber" label={t("adopt.caseNumber")} help={t("adopt.caseNumberHelp")} value={values.caseNumber}
        onChange={set("caseNumber")} error={message("caseNumber")} />
      <AdoptField id="adopt-text" kind="textarea" label={t("adopt.text")} value={values.text} onChange={set("text")} error={message("text")} />
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
