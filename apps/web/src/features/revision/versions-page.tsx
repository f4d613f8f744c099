import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { useSearch } from "../../shared/router/navigation";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { VersionsTable } from "./versions-table";
import "./revision.css";

/** Set by the adopt form when it sends the reader here, so the page can say it worked. */
export const ADOPTED_PARAM = "adopted";
/** The value of ADOPTED_PARAM when the adoption superseded a previous version. */
export const SUPERSEDED = "superseded";

/** `/programmes/:id/versions`: every version of the owner's programmes, with what changed. */
export function VersionsPage({ id }: { id: string }) {
  const { t } = useTranslation(["revision", "common"]);
  const trpc = useTRPC();
  const adopted = new URLSearchParams(useSearch()).get(ADOPTED_PARAM);
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const ownerId = programme.data?.owner.id ?? "";
  const versions = useQuery({ ...trpc.programmes.listByOwner.queryOptions({ ownerId, limit: 200 }), enabled: Boolean(ownerId) });
  useDocumentTitle(programme.isError || versions.isError ? t("common:errors.heading") : t("versions.heading"));

  if (programme.isError) return <ErrorAlert error={programme.error} headingLevel={1} />;
  if (versions.isError) return <ErrorAlert error={versions.error} headingLevel={1} />;
  if (programme.isPending || versions.isPending) return <Loading />;

  const { owner } = programme.data;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("versions.heading")}
      </Heading>
      <Paragraph>{t("versions.intro", { owner: owner.name })}</Paragraph>
      {adopted && (
        <Alert data-color="success" role="status">
          <Paragraph>
            {t("versions.adopted")} {adopted === SUPERSEDED && t("versions.adoptedSupersedes")}
          </Paragraph>
        </Alert>
      )}
      <div>
        <AppLink href={hrefFor({ name: "programme", id })}>{t("versions.back")}</AppLink>
      </div>
      {versions.data.items.length === 0 ? (
        <Paragraph>{t("versions.empty")}</Paragraph>
      ) : (
        <VersionsTable versions={versions.data.items} currentId={id} contentLang={owner.languageForm} />
      )}
    </div>
  );
}
