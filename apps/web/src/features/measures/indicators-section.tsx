import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SourcePanel } from "../statistics/source-panel";
import { IndicatorChart } from "./indicator-chart";
import { IndicatorGoals } from "./indicator-goals";
import type { Indicator } from "./types";

interface IndicatorsSectionProps {
  indicators: readonly Indicator[];
  /** The goals the measure serves: their outcome indicators are shown below its own. */
  goals: ReadonlyArray<{ id: string; title: string }>;
  /** May edit the measure, and so bind and import its output indicators. */
  canEditMeasure: boolean;
  /** May edit the programme, and so bind and import its goals' indicators. */
  canEditGoals: boolean;
}

export function IndicatorsSection({ indicators, goals, canEditMeasure, canEditGoals }: IndicatorsSectionProps) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("indicators.heading")}
      </Heading>
      {indicators.length === 0 && <Paragraph>{t("indicators.empty")}</Paragraph>}
      {indicators.map((indicator) => (
        <IndicatorChart key={indicator.id} indicator={indicator} level={3}>
          {(canEditMeasure || indicator.binding) && <SourcePanel indicator={indicator} canEdit={canEditMeasure} headingLevel={4} />}
        </IndicatorChart>
      ))}
      <IndicatorGoals goals={goals} canEdit={canEditGoals} />
    </section>
  );
}
