import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDate } from "@samspill/i18n";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { useLanguage } from "../../shared/language/use-language";
import { Loading } from "../../shared/ui/loading";
import { AddMembershipForm } from "./add-membership-form";
import { EndMembership } from "./end-membership";
import type { OrganisationDetail } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

/** A council's member municipalities over time: every membership with its dates, add and end. */
export function MembershipsSection({ council }: { council: OrganisationDetail }) {
  const { t } = useTranslation("admin");
  const { language } = useLanguage();
  const trpc = useTRPC();
  const headingId = useId();
  const captionId = useId();
  const [notice, setNotice] = useState("");
  const memberships = useQuery(trpc.organisations.listMemberships.queryOptions({ councilId: council.id, history: true, limit: 200 }));
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("memberships.heading")}
      </Heading>
      <Paragraph role="status">{notice}</Paragraph>
      {memberships.isPending && <Loading />}
      {memberships.isError && <ErrorAlert error={memberships.error} headingLevel={3} />}
      {memberships.isSuccess && memberships.data.items.length === 0 && <Paragraph>{t("memberships.empty")}</Paragraph>}
      {memberships.isSuccess && memberships.data.items.length > 0 && (
        <TableScroll>
          <Table aria-labelledby={captionId} data-size="sm">
            <caption id={captionId}>{t("memberships.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("memberships.municipality")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("memberships.from")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("memberships.to")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("memberships.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {memberships.data.items.map((membership) => (
                <Table.Row key={membership.id}>
                  <Table.Cell>{membership.municipality.name}</Table.Cell>
                  <Table.Cell>{formatDate(membership.validFrom, language)}</Table.Cell>
                  <Table.Cell>{membership.validTo ? formatDate(membership.validTo, language) : t("memberships.current")}</Table.Cell>
                  <Table.Cell>
                    {!membership.validTo && <EndMembership membership={membership} onEnded={() => setNotice(t("memberships.ended"))} />}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <AddMembershipForm council={council} onAdded={() => setNotice(t("memberships.added"))} />
    </section>
  );
}
