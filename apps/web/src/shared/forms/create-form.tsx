import { Button, Heading } from "@digdir/designsystemet-react";
import { useEffect, useId, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "../errors/conflict-alert";
import type { RefusalSubject } from "../errors/refusal";
import { focusFirstField, useFocusOnOpen } from "../ui/focus";
import { ErrorSummary } from "./error-summary";
import type { FormProblem } from "./form-problem";
import "./forms.css";

interface CreateFormProps {
  heading: string;
  /** 3 under a programme's editing section; 2 where the form is a section of its own page. */
  headingLevel?: 2 | 3;
  /** Prefix of the fields' ids: a field `title` has the id `${idPrefix}-title`. */
  idPrefix: string;
  /** The fields in screen order, so the summary lists them as a reader meets them. */
  order: readonly string[];
  /** Each field's problem in words (`useFieldMessages`), naming the field. */
  messages: Record<string, string>;
  failure: FormProblem | null;
  /** Whose refusal reasons the failure is worded by; the programme's by default, where most "add" forms are. */
  subject?: RefusalSubject;
  /** A feature's own words for a reason it knows better. */
  reasonText?: (reason: string) => string | undefined;
  /** After a version conflict, where the form can apply the change again; without it the conflict is said as a refusal. */
  conflict?: { message: string; reloadLabel: string; reapplyLabel: string; onReload: () => void; onReapply: () => void };
  /** Opened in place of a button: the first field takes the focus. */
  focusOnOpen?: boolean;
  attempt: number;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** "Save and add another": saves, then starts the next item with the focus on its first field. */
  another?: { label: string; onSubmit: () => void; added: number };
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame every "add" form shares: a heading, the errors summarised on top (focused after a
 * failed submit, each linking to its field), the server's refusal, the fields, save and cancel.
 */
export function CreateForm(props: CreateFormProps) {
  const { t } = useTranslation("forms");
  const headingId = useId();
  const form = useFocusOnOpen<HTMLFormElement>(props.focusOnOpen ?? false);
  const added = props.another?.added ?? 0;
  useEffect(() => {
    if (added > 0 && form.current) focusFirstField(form.current);
  }, [added, form]);

  const conflict = props.failure?.versionConflict ? props.conflict : undefined;
  // A conflict the form cannot apply again (a new row's) is said like any refusal.
  const refusal = props.failure?.versionConflict && !conflict ? { ...props.failure, versionConflict: false } : props.failure;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in a field submits with the first button: a plain save.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (props.another && submitter?.dataset.another !== undefined) props.another.onSubmit();
    else props.onSubmit();
  }

  return (
    <form ref={form} className="stack create-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <Heading level={props.headingLevel ?? 3} data-size="xs" id={headingId}>
        {props.heading}
      </Heading>
      {conflict && <ConflictAlert {...conflict} takeFocus />}
      <ErrorSummary messages={props.messages} idPrefix={props.idPrefix} order={props.order} problem={refusal}
        subject={props.subject ?? "programme"} reasonText={props.reasonText} attempt={props.attempt} />
      {props.children}
      <div className="form-buttons">
        <Button type="submit" aria-disabled={props.pending || undefined}>
          {props.pending ? t("actions.saving") : props.submitLabel}
        </Button>
        {props.another && (
          <Button type="submit" variant="secondary" data-another="" aria-disabled={props.pending || undefined}>
            {props.another.label}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          {t("actions.cancel")}
        </Button>
      </div>
    </form>
  );
}
