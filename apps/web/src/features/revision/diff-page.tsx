import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { DiffView } from "./diff-view";

/** `/programmes/:id/diff`: what changed in this version since the one it revises. */
export function DiffPage({ id }: { id: string }) {
  const { t } = useTranslation(["revision", "common"]);
  const trpc = useTRPC();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const diff = useQuery(trpc.programmes.diff.queryOptions({ id }));
  useDocumentTitle(diff.isError || programme.isError ? t("common:errors.heading") : t("diff.heading"));

  if (programme.isPending || diff.isPending) return <Loading />;
  if (programme.isError) return <ErrorAlert error={programme.error} headingLevel={1} />;
  if (diff.isError) return <ErrorAlert error={diff.error} headingLevel={1} />;

  const lang = programme.data.owner.languageForm;
  return (
    <div className="stack">
      <div className="stack">
        <Paragraph className="meta" lang={lang}>
          {programme.data.title}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t("diff.heading")}
        </Heading>
        <Paragraph>{t("diff.intro", { next: diff.data.next.revision, previous: diff.data.previous.revision })}</Paragraph>
        <nav aria-label={t("actions.label")} className="revision-actions">
          <AppLink href={hrefFor({ name: "programme", id })}>{t("versions.back")}</AppLink>
          <AppLink href={hrefFor({ name: "programmeVersions", id })}>{t("diff.back")}</AppLink>
        </nav>
      </div>
      <DiffView diff={diff.data} contentLang={lang} />
    </div>
  );
}
