import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate, formatDateRange } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { TextBlocks } from "../../shared/ui/text-blocks";
import { ProgrammePublication } from "../programme-editing/programme-publication";
import { RevisionActions } from "../revision/revision-actions";
import { OwnerKind } from "./owner-kind";
import { ProgrammeStatusTag } from "./programme-status-tag";
import type { ProgrammeDetail } from "./types";

/** Title, introduction and the facts a reader checks first: who, when, adopted or not. */
export function ProgrammeHeader({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation(["programmes", "domain", "programme-editing", "revision"]);
  const { language } = useLanguage();
  const { adoption, owner } = programme;
  // A meeting the adopt form opened is named by body and date, which the adoption line says already.
  const meetingTitle =
    adoption && adoption.meetingTitle !== t("revision:adopt.meetingTitle", { body: adoption.body, date: formatDate(adoption.decidedOn, language) })
      ? adoption.meetingTitle
      : null;
  return (
    <div className="stack">
      <div>
        <Paragraph className="meta">{t("domain:terms.actionProgramme", { context: owner.country })}</Paragraph>
        <Heading level={1} data-size="lg" lang={owner.languageForm}>
          {programme.title}
        </Heading>
      </div>
      {programme.introduction && <TextBlocks text={programme.introduction} lang={owner.languageForm} />}
      <dl className="facts">
        <dt>{t("detail.owner")}</dt>
        <dd>
          {owner.name} (<OwnerKind owner={owner} />)
        </dd>
        <dt>{t("detail.period")}</dt>
        <dd>{formatDateRange(programme.periodStart, programme.periodEnd, language)}</dd>
        <dt>{t("detail.status")}</dt>
        <dd>
          <ProgrammeStatusTag status={programme.status} /> <span className="meta">{t("detail.revision", { revision: programme.revision })}</span>
        </dd>
        {/* Anonymous readers only ever see published versions; everyone else learns which this is. */}
        {programme.viewer.publish.reason !== "sign_in_required" && (
          <>
            <dt>{t("programme-editing:publish.state")}</dt>
            <dd>
              <ProgrammePublication programme={programme} />
            </dd>
          </>
        )}
        {adoption && (
          <>
            <dt>{t("detail.adopted")}</dt>
            <dd>
              {t("detail.adoption", {
                body: adoption.body,
                date: formatDate(adoption.decidedOn, language),
                caseNumber: adoption.caseNumber,
              })}
              {meetingTitle && <div className="meta">{meetingTitle}</div>}
            </dd>
          </>
        )}
      </dl>
      <RevisionActions programme={programme} />
    </div>
  );
}
