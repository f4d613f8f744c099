import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { useDocumentTitle } from "../../shared/ui/use-document-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("state.pageNotFound"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("state.pageNotFound")}
      </Heading>
      <Paragraph>{t("state.pageNotFoundText")}</Paragraph>
      <Paragraph>
        <AppLink href={hrefFor({ name: "home" })}>{t("state.backToHome")}</AppLink>
      </Paragraph>
    </div>
  );
}
