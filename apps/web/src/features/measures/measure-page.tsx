import "./measures.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useCurrentUser } from "../auth/use-auth";
import { CommentsSection } from "../comments/comments-section";
import { HistorySection } from "../history/history-section";
import { canEditProgrammeIndicators } from "../statistics/can-edit";
import { BudgetSection } from "./budget-section";
import { canComment, canEditMeasure, canEditPart } from "./can-edit";
import { IndicatorsSection } from "./indicators-section";
import { MeasureEditor } from "./measure-editor";
import { MeasureFacts } from "./measure-facts";
import { LinksEditor } from "./links-editor";
import { MeasureLinks } from "./measure-links";
import { programmeGoals } from "./programme-goals";
import { PartsSection } from "./parts-section";

export function MeasurePage({ id }: { id: string }) {
  const { t } = useTranslation(["measures", "common", "domain"]);
  const trpc = useTRPC();
  const measure = useQuery(trpc.measures.get.queryOptions({ id }));
  const user = useCurrentUser().data;
  const programmeId = measure.data?.programme.id;
  // The programme's owner is the council whose secretariat may edit; only asked for when signed in.
  const programme = useQuery({ ...trpc.programmes.get.queryOptions({ id: programmeId ?? "" }), enabled: Boolean(programmeId && user) });
  useDocumentTitle(measure.data?.title ?? (measure.isError ? t("common:errors.heading") : undefined));

  if (measure.isPending) return <Loading />;
  if (measure.isError) return <ErrorAlert error={measure.error} headingLevel={1} />;

  const { data } = measure;
  const contentLang = programme.data?.owner.languageForm;
  const place = { scope: data.scope, ownerId: data.ownerId, councilId: programme.data?.owner.id ?? null };
  return (
    <article className="stack measure-page">
      <div>
        <Paragraph className="meta">
          {/* Named as the owner's country names them: a Swedish plan is a "handlingsplan" in Norwegian too. */}
          {t("domain:terms.measure", { context: data.owner?.country })} · {t("domain:terms.actionProgramme", { context: data.owner?.country })}:{" "}
          <AppLink href={hrefFor({ name: "programme", id: data.programme.id })}>{data.programme.title}</AppLink>
        </Paragraph>
        <Heading level={1} data-size="lg" lang={contentLang}>
          {data.title}
        </Heading>
      </div>
      <MeasureFacts measure={data} contentLang={contentLang} />
      {canEditMeasure(user, place) && <MeasureEditor measure={data} />}
      {data.description && (
        <section className="stack" aria-label={t("detail.description")}>
          <TextBlocks text={data.description} lang={contentLang} />
        </section>
      )}
      {data.scope === "shared" && <PartsSection measure={data} canEdit={(part) => canEditPart(user, place, part)} />}
      <BudgetSection measure={data} canEditWhole={canEditMeasure(user, place)} canEditPart={(part) => canEditPart(user, place, part)} />
      <MeasureLinks measure={data} contentLang={contentLang} />
      {canEditMeasure(user, place) && programme.data && (
        <LinksEditor measure={data} programmeGoals={programmeGoals(programme.data)} />
      )}
      <IndicatorsSection
        indicators={data.indicators}
        goals={data.goals}
        canEditMeasure={canEditMeasure(user, place)}
        canEditGoals={canEditProgrammeIndicators(user, programme.data?.owner.id ?? null)}
      />
      {user && <CommentsSection subjectType="measure" subjectId={data.id} canAdd={canComment(user)} />}
      {user && <HistorySection subjectId={data.id} />}
    </article>
  );
}
