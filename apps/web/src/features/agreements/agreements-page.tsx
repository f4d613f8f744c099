import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/ui/use-document-title";
import { AgreementDownloads } from "../spreadsheets/page-downloads";
import { AgreementsTable } from "./agreements-table";
import { NewAgreement } from "./new-agreement";

// The county has few agreements (one per council and some municipalities): one page holds them.
const LIMIT = 200;

/** The agreements the reader may see: the county's own for an official, their own for a party. */
export function AgreementsPage() {
  const { t } = useTranslation("agreements");
  const trpc = useTRPC();
  const agreements = useQuery(trpc.agreements.list.queryOptions({ limit: LIMIT, offset: 0 }));
  const headingId = useId();
  useDocumentTitle(t("list.heading"));
  return (
    <>
      <div className="stack">
        <Heading level={1} data-size="lg" id={headingId}>
          {t("list.heading")}
        </Heading>
        <Paragraph>{t("list.intro")}</Paragraph>
      </div>
      {/* The server says whether the viewer may record an agreement of the county listed. */}
      {agreements.isSuccess && agreements.data.viewer.create.allowed && agreements.data.countyId && (
        <NewAgreement countyId={agreements.data.countyId} />
      )}
      {agreements.isPending && <Loading />}
      {agreements.isError && <ErrorAlert error={agreements.error} />}
      {agreements.isSuccess && agreements.data.items.length === 0 && <EmptyList party={agreements.data.party} />}
      {agreements.isSuccess && agreements.data.items.length > 0 && (
        <>
          <Paragraph className="meta">{t("list.caption", { count: agreements.data.total })}</Paragraph>
          <AgreementsTable agreements={agreements.data.items} labelledBy={headingId} />
          <AgreementDownloads />
        </>
      )}
    </>
  );
}

/** No agreements: whose list this is, and where a member municipality finds its council's. */
function EmptyList({ party }: { party: { name: string; kind: string } | null }) {
  const { t } = useTranslation("agreements");
  if (!party) return <Paragraph>{t("list.empty")}</Paragraph>;
  return (
    <>
      <Paragraph>{t("list.emptyForParty", { name: party.name })}</Paragraph>
      {party.kind === "municipality" && <Paragraph>{t("list.councilAgreementsHint")}</Paragraph>}
    </>
  );
}
