import "./measure-import.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Refusal } from "../../shared/errors/refusal";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { StructureImportForm } from "./structure-import-form";

/** `/programmes/:id/import-programme`: the secretariat fills an empty draft from one Excel workbook. */
export function StructureImportPage({ id }: { id: string }) {
  const { t } = useTranslation(["structure-import", "spreadsheets", "common"]);
  const trpc = useTRPC();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  useDocumentTitle(programme.isError ? t("common:errors.heading") : t("import.heading"));

  if (programme.isPending) return <Loading />;
  if (programme.isError) return <ErrorAlert error={programme.error} headingLevel={1} />;
  const { data } = programme;
  const permit = data.viewer.importStructure;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("import.heading")}
      </Heading>
      <Paragraph>{t("import.intro", { programme: data.title })}</Paragraph>
      {permit.allowed ? (
        <StructureImportForm programmeId={data.id} />
      ) : (
        <Refusal permit={permit} subject="programme" names={{ owner: data.owner.name }} />
      )}
      <Paragraph>
        <AppLink href={hrefFor({ name: "programme", id: data.id })}>{t("spreadsheets:import.back")}</AppLink>
      </Paragraph>
    </div>
  );
}
