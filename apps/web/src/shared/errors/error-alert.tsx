import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { errorCodeOf } from "./error-code";

interface ErrorAlertProps {
  error: unknown;
  /** 1 when the error replaces the whole page, so the page still has its one h1. */
  headingLevel?: 1 | 2 | 3;
}

export function ErrorAlert({ error, headingLevel = 2 }: ErrorAlertProps) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={headingLevel} data-size="xs">
        {t("errors.heading")}
      </Heading>
      <Paragraph>{t(`errors.${code}`)}</Paragraph>
    </Alert>
  );
}
