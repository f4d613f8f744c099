import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "../../shared/errors/conflict-alert";
import { useFocusOnOpen } from "../../shared/ui/focus";
import type { MutationProblem } from "../measures/mutation-error";
import { useProblemText } from "./problem-text";

interface AgreementFormProps {
  heading: string;
  /** 2 where the form is a section of its own, 3 inside a section of the agreement. */
  headingLevel?: 2 | 3;
  /** Prefix of the fields' ids: a field `title` has the id `${idPrefix}-title`. */
  idPrefix: string;
  /** The fields in screen order, so the summary lists them as a reader meets them. */
  order: readonly string[];
  /** Each field's problem in words (`useFieldMessages`), naming the field. */
  messages: Record<string, string>;
  failure: MutationProblem | null;
  attempt: number;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** After a version conflict: show what is saved now, or send the same change again on top of it. */
  onReload?: () => void;
  onReapply?: () => void;
  children: ReactNode;
}

/**
 * The frame of every agreement form: a heading, the errors summarised on top (focused after a
 * failed submit, each linking to its field), the server's refusal in words, a version conflict
 * with its two ways out, the fields, save and cancel. What was typed stays in the fields.
 */
export function AgreementForm(props: AgreementFormProps) {
  const { t } = useTranslation("agreement-editing");
  const problemText = useProblemText();
  const headingId = useId();
  // Opened in place of a button: the first field takes the focus.
  const panel = useFocusOnOpen<HTMLFormElement>();
  const top = useRef<HTMLDivElement>(null);
  const { attempt, messages, failure } = props;
  useEffect(() => {
    if (attempt > 0) top.current?.querySelector<HTMLElement>("[data-focus-target]")?.focus();
  }, [attempt]);
  const listed = [...props.order.filter((field) => messages[field]), ...Object.keys(messages).filter((field) => !props.order.includes(field))];
  // A conflict can be resolved where the form knows the row's latest version; elsewhere it is said as an error.
  const conflict = failure?.code === "CONFLICT" && props.onReapply;

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form ref={panel} className="stack agreement-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <Heading level={props.headingLevel ?? 3} data-size="xs" id={headingId}>
        {props.heading}
      </Heading>
      <div ref={top}>
        {listed.length > 0 && (
          <ErrorSummary data-focus-target tabIndex={-1}>
            <ErrorSummary.Heading>{t("form.summary")}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {listed.map((field) => (
                <ErrorSummary.Item key={field}>
                  <ErrorSummary.Link href={`#${props.idPrefix}-${field}`}>{messages[field]}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        {failure && conflict && (
          <div data-focus-target tabIndex={-1}>
            <ConflictAlert message={t("form.conflict")} reloadLabel={t("form.reload")} reapplyLabel={t("form.reapply")}
              onReload={() => props.onReload?.()} onReapply={() => props.onReapply?.()} />
          </div>
        )}
        {failure && !conflict && (
          <Alert data-color="danger" role="alert" data-focus-target tabIndex={-1}>
            <Paragraph>{problemText(failure)}</Paragraph>
          </Alert>
        )}
      </div>
      {props.children}
      <div className="agreement-form-buttons">
        <Button type="submit" aria-disabled={props.pending || undefined}>
          {props.pending ? t("form.saving") : props.submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
