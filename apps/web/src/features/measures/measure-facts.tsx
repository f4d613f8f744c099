import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { measurePeriod } from "./measure-period";
import { MeasureStatusTag } from "./measure-status-tag";
import { ProgressBar } from "./progress-bar";
import type { MeasureDetail } from "./types";

/** Who, when, how far: the facts a reader checks first, as a description list. */
export function MeasureFacts({ measure, contentLang }: { measure: MeasureDetail; contentLang?: string }) {
  const { t } = useTranslation(["measures", "domain"]);
  const { language } = useLanguage();
  const period = measurePeriod(measure.startDate, measure.endDate, language);
  return (
    <dl className="facts">
      <dt>{t("detail.owner")}</dt>
      <dd>{measure.owner?.name ?? t("detail.none")}</dd>
      <dt>{t("detail.responsible")}</dt>
      <dd>{measure.responsibleOrganisation?.name ?? measure.owner?.name ?? t("detail.none")}</dd>
      {measure.responsiblePerson && (
        <>
          <dt>{t("detail.person")}</dt>
          <dd lang={contentLang}>{measure.responsiblePerson}</dd>
        </>
      )}
      <dt>{t("detail.period")}</dt>
      <dd>
        {period.kind === "range" && period.text}
        {period.kind === "from" && t("detail.from", { date: period.date })}
        {period.kind === "until" && t("detail.until", { date: period.date })}
        {period.kind === "none" && t("detail.noPeriod")}
      </dd>
      <dt>{t("detail.status")}</dt>
      <dd>
        <MeasureStatusTag status={measure.status} /> <span className="meta">{t(`domain:measureScope.${measure.scope}`)}</span>
      </dd>
      <dt>{t("detail.progress")}</dt>
      <dd>
        <ProgressBar value={measure.progress} label={t("detail.progressLabel", { title: measure.title })} />
      </dd>
      <dt>{t("detail.sdgGoals")}</dt>
      <dd>
        {measure.sdgGoals.length === 0 && t("detail.none")}
        <span className="tag-list">
          {measure.sdgGoals.map((goal) => (
            <Tag key={goal} data-color="info" data-size="sm">
              {t("detail.sdgGoal", { goal })}
            </Tag>
          ))}
        </span>
      </dd>
    </dl>
  );
}
