import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDateRange } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { Section } from "../dashboards/section";
import { ProgrammeStatusTag } from "../programmes/programme-status-tag";
import { LatestMeetings } from "./latest-meetings";

/** A council member reads: their council's programmes, and its latest meetings and decisions. */
export function CouncilMemberHome({ council }: { council: { id: string; name: string } }) {
  const { t } = useTranslation("dashboards");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.listByOwner.queryOptions({ ownerId: council.id, limit: 50, offset: 0 }));
  useDocumentTitle(council.name);
  const items = programmes.data?.items ?? [];
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t("member.heading", { council: council.name })}
        </Heading>
        <Paragraph>{t("member.intro")}</Paragraph>
      </div>
      <Section heading={t("member.programmesHeading")} empty={programmes.isSuccess && items.length === 0 && t("member.programmesEmpty")}>
        {() => (
          <>
            {programmes.isPending && <Loading />}
            {programmes.isError && <ErrorAlert error={programmes.error} headingLevel={3} />}
            <ul className="stack">
              {items.map((programme) => (
                <li key={programme.id}>
                  <AppLink href={hrefFor({ name: "programme", id: programme.id })}>{programme.title}</AppLink>{" "}
                  <span className="meta">{formatDateRange(programme.periodStart, programme.periodEnd, language)}</span>{" "}
                  <ProgrammeStatusTag status={programme.status} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <LatestMeetings councilId={council.id} />
    </>
  );
}
