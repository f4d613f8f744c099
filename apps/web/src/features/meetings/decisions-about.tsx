import "./meetings.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";

export interface DecisionAbout {
  decisionId: string;
  caseNumber: string;
  decidedOn: string;
  text: string;
  meetingId: string;
  meetingTitle: string;
  body: string;
  adopts: boolean;
}

/**
 * "Decisions" on a programme's, measure's or agreement's page: the council's decisions about it
 * that the reader may read (the server filters them), each with its case and meeting.
 */
export function DecisionsAbout({ decisions, headingLevel = 2 }: { decisions: readonly DecisionAbout[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("meetings");
  const { language } = useLanguage();
  const headingId = useId();
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        {t("about.heading")}
      </Heading>
      <ul className="decisions-about">
        {decisions.map((decision) => (
          <li key={decision.decisionId}>
            <strong>{t("about.case", { caseNumber: decision.caseNumber })}</strong>{" "}
            <AppLink href={hrefFor({ name: "meeting", id: decision.meetingId })}>
              {t("about.meeting", { body: decision.body, date: formatDate(decision.decidedOn, language) })}
            </AppLink>
            {decision.adopts && <span className="meta"> · {t("about.adopted")}</span>}
            <Paragraph data-size="sm">{decision.text}</Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
