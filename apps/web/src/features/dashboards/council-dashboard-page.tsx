import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { useNavigation, type FollowedCouncil } from "../home/use-navigation";
import { withCouncil } from "../reports/council-picker";
import { CouncilDashboard } from "./council-dashboard";

/**
 * `/councils/<id>`: a council's dashboard as its members, contributors and the county open it
 * from their home pages, with the ways on to the council's programmes and its reporting.
 */
export function CouncilDashboardPage({ id }: { id: string }) {
  const { t } = useTranslation("navigation");
  const navigation = useNavigation();
  const council = navigation.councils.find((candidate) => candidate.id === id);
  useDocumentTitle(council?.name ?? (navigation.isSuccess ? t("councilDashboard.unknown") : undefined));
  if (navigation.isPending) return <Loading />;
  if (!council || !navigation.has("councilDashboards")) {
    return (
      <Alert data-color="warning">
        <Heading level={1} data-size="sm">
          {t("councilDashboard.unknown")}
        </Heading>
        <Paragraph>
          <AppLink href={hrefFor({ name: "programmes" })}>{t("councilDashboard.toProgrammes")}</AppLink>
        </Paragraph>
      </Alert>
    );
  }
  return <CouncilDashboard council={council} top={<OnwardLinks council={council} overview={navigation.has("reportOverview")} />} />;
}

/** The council's current programmes and, for those who follow it, its reporting overview. */
function OnwardLinks({ council, overview }: { council: FollowedCouncil; overview: boolean }) {
  const { t } = useTranslation(["navigation", "reports"]);
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.listByOwner.queryOptions({ ownerId: council.id, limit: 50, offset: 0 }));
  const current = (programmes.data?.items ?? []).filter((programme) => programme.status !== "superseded");
  return (
    <ul className="onward-links">
      {current.map((programme) => (
        <li key={programme.id}>
          <AppLink href={hrefFor({ name: "programme", id: programme.id })}>{programme.title}</AppLink>
        </li>
      ))}
      {overview && (
        <li>
          <AppLink href={withCouncil(hrefFor({ name: "reportOverview" }), council.id, "")}>{t("reports:nav.overview")}</AppLink>
        </li>
      )}
      <li>
        <AppLink href={hrefFor({ name: "programmes" })}>{t("work.allProgrammes")}</AppLink>
      </li>
    </ul>
  );
}
