import { Heading } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { MeasuresTable } from "../measures/measures-table";
import { ProgrammeMeasures } from "../measures/programme-measures";
import { ProgrammeEditing } from "../programme-editing/programme-editing";
import { CopiedNotice } from "../copy-forward/copied-notice";
import { ProgrammeDownload } from "../documents/programme-download";
import { StructureImportLink } from "../spreadsheets/structure-import-link";
import { DecisionsAbout } from "../meetings/decisions-about";
import { FocusAreaSection } from "./focus-area-section";
import { ProgrammeHeader } from "./programme-header";
import { RolesSection } from "./roles-section";
import { StrategySection } from "./strategy-section";

export function ProgrammePage({ id }: { id: string }) {
  const { t } = useTranslation(["programmes", "common"]);
  const trpc = useTRPC();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const otherMeasuresId = useId();
  useDocumentTitle(programme.data?.title ?? (programme.isError ? t("common:errors.heading") : undefined));

  if (programme.isPending) return <Loading />;
  // The failed page keeps its one h1: the error's heading.
  if (programme.isError) return <ErrorAlert error={programme.error} headingLevel={1} />;

  const { data } = programme;
  return (
    <>
      <ProgrammeHeader programme={data} />
      <CopiedNotice />
      <StructureImportLink programme={data} />
      <ProgrammeDownload programmeId={data.id} />
      <ProgrammeEditing programme={data} />
      {data.strategy && <StrategySection strategy={data.strategy} contentLang={data.owner.languageForm} />}
      {data.focusAreas.map((node) => (
        <FocusAreaSection key={node.id} node={node} level={2} contentLang={data.owner.languageForm} />
      ))}
      {data.unassignedMeasures.length > 0 && (
        <section aria-labelledby={otherMeasuresId} className="stack">
          <Heading level={2} data-size="md" id={otherMeasuresId}>
            {t("detail.otherMeasures")}
          </Heading>
          <MeasuresTable
            measures={data.unassignedMeasures}
            labelledBy={otherMeasuresId}
            contentLang={data.owner.languageForm}
          />
        </section>
      )}
      <RolesSection programme={data} />
      <ProgrammeMeasures programme={data} />
      <DecisionsAbout decisions={data.decisions} />
    </>
  );
}
