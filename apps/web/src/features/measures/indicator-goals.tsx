import { Heading } from "@digdir/designsystemet-react";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { SourcePanel } from "../statistics/source-panel";
import { IndicatorChart } from "./indicator-chart";

interface IndicatorGoalsProps {
  goals: ReadonlyArray<{ id: string; title: string }>;
  canEdit: boolean;
}

/** The outcome indicators of the goals a measure serves (population, private jobs), with their sources. */
export function IndicatorGoals({ goals, canEdit }: IndicatorGoalsProps) {
  const { t } = useTranslation("statistics");
  const trpc = useTRPC();
  const lists = useQueries({ queries: goals.map((goal) => trpc.indicators.list.queryOptions({ goalId: goal.id })) });
  const shown = goals.flatMap((goal, index) => (lists[index]?.data?.items ?? []).map((indicator) => ({ goal, indicator })));
  if (shown.length === 0) return null;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t("goalIndicators.heading")}
      </Heading>
      {shown.map(({ goal, indicator }) => (
        <IndicatorChart key={indicator.id} indicator={indicator} level={4} context={t("goalIndicators.goal", { title: goal.title })}>
          {(canEdit || indicator.binding) && <SourcePanel indicator={indicator} canEdit={canEdit} headingLevel={5} />}
        </IndicatorChart>
      ))}
    </>
  );
}
