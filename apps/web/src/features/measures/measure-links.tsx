import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MeasureDetail } from "./types";

/** The programme goals the measure serves and the agreement obligations it fulfils. */
export function MeasureLinks({ measure, contentLang }: { measure: MeasureDetail; contentLang?: string }) {
  const { t } = useTranslation("measures");
  const goalsId = useId();
  const obligationsId = useId();
  return (
    <>
      <section aria-labelledby={goalsId} className="stack">
        <Heading level={2} data-size="sm" id={goalsId}>
          {t("detail.goals")}
        </Heading>
        {measure.goals.length === 0 ? (
          <Paragraph>{t("detail.none")}</Paragraph>
        ) : (
          <ul lang={contentLang}>
            {measure.goals.map((goal) => (
              <li key={goal.id}>{goal.title}</li>
            ))}
          </ul>
        )}
      </section>
      {measure.obligations.length > 0 && (
        <section aria-labelledby={obligationsId} className="stack">
          <Heading level={2} data-size="sm" id={obligationsId}>
            {t("detail.obligations")}
          </Heading>
          <ul lang={contentLang}>
            {measure.obligations.map((obligation) => (
              <li key={obligation.id}>
                {obligation.title}
                <div className="meta">{obligation.agreementTitle}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
