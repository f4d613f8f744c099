import { Alert, ErrorSummary as Summary, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { knownRefusalText, type RefusalSubject } from "../errors/refusal";
import { wholeFormRefusal, type FormProblem } from "./form-problem";

export interface ErrorSummaryProps {
  /** Each field's problem in words (`useFieldMessages`), naming the field. */
  messages: Record<string, string>;
  /** The fields' ids start with it (`fieldId`). */
  idPrefix: string;
  /** The fields in screen order, so the summary lists them as a reader meets them. */
  order?: readonly string[];
  /** The failed save; a refusal that names no field is said below the list. */
  problem?: FormProblem | null;
  /** Whose refusal reasons to word (`refusals.<subject>`); else the error's code alone. */
  subject?: RefusalSubject;
  /** A feature's own words for a reason it knows better. */
  reasonText?: (reason: string) => string | undefined;
  /** Grows with each failed submit: the summary then takes the focus (WCAG 3.3.1). */
  attempt?: number;
}

/** The id of a field's control: `${idPrefix}-${field}`, with what an id cannot hold (`indicator:i1`) as "-". */
export function fieldId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Moves the focus to the field itself, not only the view to it, so the reader can type at once. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * Every problem once more above the form: each field's message as a link that moves the focus
 * to that field, and a refusal of the whole form in words. After a failed submit it takes the
 * focus, so a keyboard user starts from the list of what to fix.
 */
export function ErrorSummary({ messages, idPrefix, order = [], problem = null, subject, reasonText, attempt = 0 }: ErrorSummaryProps) {
  const { t } = useTranslation("common");
  const { t: forms } = useTranslation("forms");
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) top.current?.querySelector<HTMLElement>("[data-focus-target]")?.focus();
  }, [attempt]);
  const listed = [...order.filter((field) => messages[field]), ...Object.keys(messages).filter((field) => !order.includes(field))];
  const refusal = wholeFormRefusal(problem);
  const reason = refusal?.reason ? (reasonText?.(refusal.reason) ?? (subject ? knownRefusalText(forms, subject, refusal.reason) : null)) : null;
  // A live region from the start, so what appears in it is announced even where focus does not move.
  return (
    <div ref={top} role="alert">
      {listed.length > 0 && (
        <Summary data-focus-target tabIndex={-1}>
          <Summary.Heading>{forms("summary")}</Summary.Heading>
          <Summary.List>
            {listed.map((field) => (
              <Summary.Item key={field}>
                <Summary.Link href={`#${fieldId(idPrefix, field)}`} onClick={(event) => focusField(event, fieldId(idPrefix, field))}>
                  {messages[field]}
                </Summary.Link>
              </Summary.Item>
            ))}
          </Summary.List>
        </Summary>
      )}
      {refusal && (
        <Alert data-color="danger" data-focus-target tabIndex={-1}>
          <Paragraph>{t(`errors.${refusal.code}`)}</Paragraph>
          {reason && <Paragraph>{reason}</Paragraph>}
        </Alert>
      )}
    </div>
  );
}
