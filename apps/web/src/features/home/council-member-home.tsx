import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { LatestMeetings } from "./latest-meetings";
import { WorkLinks } from "./work-links";

/** A council member reads: their council's programmes, dashboard and reporting, and its latest meetings and decisions. */
export function CouncilMemberHome({ council }: { council: { id: string; name: string } }) {
  const { t } = useTranslation("dashboards");
  useDocumentTitle(council.name);
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("member.heading", { council: council.name })}
        </Heading>
        <Paragraph>{t("member.intro")}</Paragraph>
      </div>
      <WorkLinks />
      <LatestMeetings councilId={council.id} />
    </>
  );
}
