import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { formatMoney } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { ProgressBar } from "../measures/progress-bar";
import { Section } from "../dashboards/section";
import type { AgreementDetail, Obligation } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

type Parties = AgreementDetail["parties"];

/** What each party committed to, and the measures that carry each obligation out. */
export function ObligationsSection({ obligations, parties }: { obligations: readonly Obligation[]; parties: Parties }) {
  const { t } = useTranslation("agreements");
  return (
    <Section heading={t("detail.obligationsHeading")} empty={obligations.length === 0 && t("detail.obligationsEmpty")}>
      {() => obligations.map((obligation) => <ObligationItem key={obligation.id} obligation={obligation} parties={parties} />)}
    </Section>
  );
}

function ObligationItem({ obligation, parties }: { obligation: Obligation; parties: Parties }) {
  const { t } = useTranslation("agreements");
  const { language } = useLanguage();
  // The county's money each measure spent under this agreement (the server's figure); several currencies never add up.
  const money = (amounts: Obligation["measures"][number]["spent"]) =>
    amounts.length === 0
      ? "–"
      : amounts.map((amount) => formatMoney(amount.amountMinor, amount.currency, language, { wholeUnits: true })).join(" + ");
  const headingId = useId();
  const party = parties.find((candidate) => candidate.organisationId === obligation.partyId);
  return (
    <section aria-labelledby={headingId} className="stack obligation">
      <div>
        <Heading level={3} data-size="xs" id={headingId}>
          {obligation.title}
        </Heading>
        {party && <Paragraph className="meta">{t("detail.committedBy", { party: party.name })}</Paragraph>}
      </div>
      {obligation.description && <Paragraph>{obligation.description}</Paragraph>}
      {obligation.measures.length === 0 ? (
        <Paragraph data-size="sm">{t("detail.noMeasures")}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra border data-size="sm">
            <caption className="caption">{t("detail.linkedMeasures")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("detail.measure")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.measureStatus")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("detail.progress")}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">{t("detail.measureSpent")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {obligation.measures.map((measure) => (
                <Table.Row key={measure.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={hrefFor({ name: "measure", id: measure.id })}>{measure.title}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>
                    <MeasureStatusTag status={measure.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <ProgressBar value={measure.progress} label={t("detail.progressLabel", { title: measure.title })} />
                  </Table.Cell>
                  <Table.Cell className="numeric">{money(measure.spent)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
