import { Alert, Button, ErrorSummary, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { knownRefusalText } from "../../shared/errors/refusal";
import type { MutationProblem } from "../measures/mutation-error";
import "./programme-editing.css";

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
  failure: MutationProblem | null;
  attempt: number;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame every "add" form shares: a heading, the errors summarised on top (focused after a
 * failed submit, each linking to its field), the server's refusal, the fields, save and cancel.
 */
export function CreateForm(props: CreateFormProps) {
  const { t } = useTranslation(["programme-editing", "common"]);
  const { t: forms } = useTranslation("forms");
  const headingId = useId();
  const top = useRef<HTMLDivElement>(null);
  const { attempt, messages, failure } = props;
  useEffect(() => {
    if (attempt > 0) top.current?.querySelector<HTMLElement>("[data-focus-target]")?.focus();
  }, [attempt]);
  const listed = [...props.order.filter((field) => messages[field]), ...Object.keys(messages).filter((field) => !props.order.includes(field))];

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form className="stack programme-editing-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
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
        {failure && (
          <Alert data-color="danger" role="alert" data-focus-target tabIndex={-1}>
            <Paragraph>{t(`common:errors.${failure.code}`)}</Paragraph>
            {knownRefusalText(forms, "programme", failure.reason) && <Paragraph>{knownRefusalText(forms, "programme", failure.reason)}</Paragraph>}
          </Alert>
        )}
      </div>
      {props.children}
      <div className="programme-editing-buttons">
        <Button type="submit" aria-disabled={props.pending || undefined}>
          {props.pending ? t("form.submitting") : props.submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
