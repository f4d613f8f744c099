import { ErrorSummary } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** The element id of a report form field; indicator fields are named `indicator:<id>`. */
export function fieldId(field: string): string {
  return `report-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Every field error once more at the top, each linking to its field (WCAG 3.3.1). */
export function FormErrorSummary({ messages }: { messages: Record<string, string> }) {
  const { t } = useTranslation("reports");
  const fields = Object.keys(messages);
  const summary = useRef<HTMLDivElement>(null);
  // Each new set of errors takes focus, so keyboard users start from the list of what to fix.
  useEffect(() => {
    if (Object.keys(messages).length > 0) summary.current?.focus();
  }, [messages]);
  if (fields.length === 0) return null;
  return (
    <div role="alert" ref={summary} tabIndex={-1}>
      <ErrorSummary>
        <ErrorSummary.Heading>{t("form.errorSummary")}</ErrorSummary.Heading>
        <ErrorSummary.List>
          {fields.map((field) => (
            <ErrorSummary.Item key={field}>
              <ErrorSummary.Link href={`#${fieldId(field)}`}>
                {messages[field]}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
      </ErrorSummary>
    </div>
  );
}
