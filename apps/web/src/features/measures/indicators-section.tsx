import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { IndicatorChart } from "./indicator-chart";
import type { Indicator } from "./types";

export function IndicatorsSection({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation("measures");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("indicators.heading")}
      </Heading>
      {indicators.length === 0 && <Paragraph>{t("indicators.empty")}</Paragraph>}
      {indicators.map((indicator) => (
        <IndicatorChart key={indicator.id} indicator={indicator} level={3} />
      ))}
    </section>
  );
}
