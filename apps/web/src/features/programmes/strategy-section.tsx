import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ProgrammeDetail } from "./types";

type Strategy = NonNullable<ProgrammeDetail["strategy"]>;

/** The long-term strategy the programme carries out: its vision and overarching goal. */
export function StrategySection({ strategy, contentLang }: { strategy: Strategy; contentLang: string }) {
  const { t } = useTranslation(["programmes", "domain"]);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <div>
        <Paragraph className="meta">{t("detail.strategy")}</Paragraph>
        <Heading level={2} data-size="md" id={headingId} lang={contentLang}>
          {strategy.title}
        </Heading>
      </div>
      {(strategy.vision || strategy.overarchingGoal) && (
        <dl className="facts">
          {strategy.vision && (
            <>
              <dt>{t("domain:terms.vision")}</dt>
              <dd lang={contentLang}>{strategy.vision}</dd>
            </>
          )}
          {strategy.overarchingGoal && (
            <>
              <dt>{t("domain:terms.overarchingGoal")}</dt>
              <dd lang={contentLang}>{strategy.overarchingGoal}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
