import { Alert, ErrorSummary, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { ClientErrorCode } from "../../shared/errors/error-code";
import type { FieldError, FieldErrors } from "./form-problem";

interface FormErrorsProps {
  idPrefix: string;
  /** Field name → its label, in the form's order. */
  labels: ReadonlyArray<readonly [string, string]>;
  errors: FieldErrors;
  /** A refusal that names no field. */
  failure: ClientErrorCode | null;
}

export function useFieldMessage() {
  const { t } = useTranslation("meetings");
  return (label: string, error: FieldError | undefined) =>
    error ? t(`edit.error.${error.key}`, { field: label, ...error.params }) : undefined;
}

/** The summary above a form: each field problem links to its field; a plain refusal says why. */
export function FormErrors({ idPrefix, labels, errors, failure }: FormErrorsProps) {
  const { t } = useTranslation(["meetings", "common"]);
  const message = useFieldMessage();
  const listed = labels.filter(([name]) => errors[name]);
  return (
    <>
      {listed.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t("edit.summary")}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map(([name, label]) => (
              <ErrorSummary.Item key={name}>
                <ErrorSummary.Link href={`#${idPrefix}-${name}`}>{message(label, errors[name])}</ErrorSummary.Link>
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
