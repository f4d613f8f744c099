import { Alert, ErrorSummary, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { ClientErrorCode } from "../../shared/errors/error-code";
import { type FieldProblems, useFieldMessages } from "../../shared/forms";

type Labels = ReadonlyArray<readonly [string, string]>;

/** The meeting forms' field problems in words; a case number is shown how it is written. */
export function useMeetingMessages(labels: Labels, errors: FieldProblems): Record<string, string> {
  return useFieldMessages({ labels: Object.fromEntries(labels), examples: { caseNumber: "12/23" } }, errors);
}

interface FormErrorsProps {
  idPrefix: string;
  /** Field name → its label, in the form's order. */
  labels: Labels;
  messages: Record<string, string>;
  /** A refusal that names no field. */
  failure: ClientErrorCode | null;
}

/** The summary above a form: each field problem links to its field; a plain refusal says why. */
export function FormErrors({ idPrefix, labels, messages, failure }: FormErrorsProps) {
  const { t } = useTranslation(["meetings", "common"]);
  const listed = labels.filter(([name]) => messages[name]);
  return (
    <>
      {listed.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t("edit.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map(([name]) => (
              <ErrorSummary.Item key={name}>
                <ErrorSummary.Link href={`#${idPrefix}-${name}`}>{messages[name]}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`common:errors.${failure}`)}</Paragraph>
        </Alert>
      )}
    </>
  );
}
