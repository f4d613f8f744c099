import "./measures.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Refusal } from "../../shared/errors/refusal";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { CommentsSection } from "../comments/comments-section";
import { HistorySection } from "../history/history-section";
import { DecisionsAbout } from "../meetings/decisions-about";
import { BudgetSection } from "./budget-section";
import { IndicatorsSection } from "./indicators-section";
import { MeasureEditor } from "./measure-editor";
import { MeasureFacts } from "./measure-facts";
import { LinksEditor } from "./links-editor";
import { MeasureLinks } from "./measure-links";
import { programmeGoals } from "./programme-goals";
import { PartsSection } from "./parts-section";

/**
 * One measure with everything about it. What the reader may change comes from the server
 * (`viewer` on `measures.get`, and on each part); where they may not, the page says why.
 */
export function MeasurePage({ id }: { id: string }) {
  const { t } = useTranslation(["measures", "common", "domain"]);
  const trpc = useTRPC();
  const measure = useQuery(trpc.measures.get.queryOptions({ id }));
  const user = useCurrentUser().data;
  const programmeId = measure.data?.programme.id;
  // The programme's goals, for linking the measure to them: only asked for by those who may.
  const mayLink = measure.data?.viewer.editFollowUp.allowed ?? false;
  const programme = useQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId ?? "" }), enabled: Boolean(programmeId && mayLink) });
  useDocumentTitle(measure.data?.title ?? (measure.isError ? t("common:errors.heading") : undefined));

  if (measure.isPending) return <Loading />;
  if (measure.isError) return <ErrorAlert error={measure.error} headingLevel={1} />;

  const { data } = measure;
  const { viewer } = data;
  const council = data.programme.owner;
  const contentLang = council.languageForm;
  // The measure's owner answers for a local measure; the council's secretariat for a shared one.
  const names = { owner: data.scope === "local" ? (data.owner?.name ?? "") : council.name };
  return (
    <article className="stack measure-page">
      <div>
        <Paragraph className="meta">
          {/* Named as the owner's country names them: a Swedish plan is a "handlingsplan" in Norwegian too. */}
          {t("domain:terms.measure", { context: data.owner?.country })} {data.number} · {t("domain:terms.actionProgramme", { context: data.owner?.country })}:{" "}
          <AppLink href={hrefFor({ name: "programme", id: data.programme.id })}>{data.programme.title}</AppLink>
        </Paragraph>
        <Heading level={1} data-size="lg" lang={contentLang}>
          {data.title}
        </Heading>
      </div>
      <MeasureFacts measure={data} contentLang={contentLang} />
      {user && viewer.editFollowUp.reason !== "sign_in_required" && <Refusal permit={viewer.editFollowUp.allowed ? viewer.editDefinition : viewer.editFollowUp} subject="measure" names={names} />}
      {viewer.editFollowUp.allowed && <MeasureEditor measure={data} definitionEditable={viewer.editDefinition.allowed} />}
      {data.description && (
        <section className="stack" aria-label={t("detail.description")}>
          <TextBlocks text={data.description} lang={contentLang} />
        </section>
      )}
      {data.scope === "shared" && <PartsSection measure={data} councilId={council.id} />}
      <BudgetSection measure={data} canEditWhole={viewer.editFollowUp.allowed} canEditPart={(part) => part.viewer.edit.allowed} />
      <MeasureLinks measure={data} contentLang={contentLang} />
      {viewer.editFollowUp.allowed && programme.data && (
        <LinksEditor measure={data} programmeGoals={programmeGoals(programme.data)} />
      )}
      <IndicatorsSection
        indicators={data.indicators}
        goals={data.goals}
        canEditMeasure={viewer.editFollowUp.allowed}
        canEditGoals={viewer.editGoalIndicators.allowed}
      />
      <DecisionsAbout decisions={data.decisions} />
      {user && <CommentsSection subjectType="measure" subjectId={data.id} canAdd={viewer.comment.allowed} />}
      {user && <HistorySection subjectId={data.id} />}
    </article>
  );
}
