import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { CopyForwardForm } from "./copy-forward-form";

/**
 * `/programmes/:id/copy-forward`: the secretariat starts the next period's programme from this
 * one. What is copied is said before the form, so nobody is surprised by what the draft holds.
 */
export function CopyForwardPage({ id }: { id: string }) {
  const { t } = useTranslation(["copy-forward", "common"]);
  const trpc = useTRPC();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  useDocumentTitle(programme.isError ? t("common:errors.heading") : t("page.heading"));

  if (programme.isPending) return <Loading />;
  if (programme.isError) return <ErrorAlert error={programme.error} headingLevel={1} />;

  const { data } = programme;
  const title = data.title;
  return (
    <div className="stack">
      <div className="stack">
        <Paragraph className="meta" lang={data.owner.languageForm}>
          {title}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t("page.heading")}
        </Heading>
      </div>
      {data.viewer.copyForward.allowed ? (
        <>
          <Paragraph>{t("page.intro", { title })}</Paragraph>
          <Paragraph>{t("page.copies")}</Paragraph>
          <Paragraph>{t("page.budget", { title })}</Paragraph>
          <CopyForwardForm source={data} />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t("page.notAllowed")}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <AppLink href={hrefFor({ name: "programme", id })}>{t("page.back")}</AppLink>
      </Paragraph>
    </div>
  );
}
