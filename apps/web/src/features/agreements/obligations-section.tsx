import type { ReactNode } from "react";
import { Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useId } from "react";
import { formatMoney } from "@samspill/i18n";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import { MeasureStatusTag } from "../measures/measure-status-tag";
import { ProgressBar } from "../measures/progress-bar";
import { AgreementSection } from "./agreement-section";
import type { AgreementDetail, Obligation } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

type Parties = AgreementDetail["parties"];
type LinkedMeasure = Obligation["measures"][number];

/** The county official's controls inside each obligation, when the viewer may change the agreement. */
export interface ObligationControls {
  /** Edit and remove, with their open form or question. */
  actions: (obligation: Obligation) => ReactNode;
  unlink: (obligation: Obligation, measure: LinkedMeasure) => ReactNode;
  /** Choosing another measure that fulfils it. */
  linker: (obligation: Obligation) => ReactNode;
}

interface ObligationsSectionProps {
  obligations: readonly Obligation[];
  parties: Parties;
  controls?: ObligationControls;
  editor?: ReactNode;
}

/** What each party committed to, and the measures that carry each obligation out. */
export function ObligationsSection({ obligations, parties, controls, editor }: ObligationsSectionProps) {
  const { t } = useTranslation("agreements");
  return (
    <AgreementSection heading={t("detail.obligationsHeading")} empty={obligations.length === 0 && t("detail.obligationsEmpty")} editor={editor}>
      {() => obligations.map((obligation) => <ObligationItem key={obligation.id} obligation={obligation} parties={parties} controls={controls} />)}
    </AgreementSection>
  );
}

function ObligationItem({ obligation, parties, controls }: { obligation: Obligation; parties: Parties; controls?: ObligationControls }) {
  const { t } = useTranslation(["agreements", "agreement-editing"]);
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
      {controls?.actions(obligation)}
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
                {controls && <Table.HeaderCell scope="col">{t("agreement-editing:row.actions")}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {obligation.measures.map((measure) => (
                <Table.Row key={measure.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={hrefFor({ name: "measure", id: measure.id })}>{measure.title}</AppLink>
                    {measure.draft && (
                      <>
                        {" "}
                        <Tag data-color="warning" data-size="sm">{t("agreement-editing:links.draft")}</Tag>
                      </>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <MeasureStatusTag status={measure.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <ProgressBar value={measure.progress} label={t("detail.progressLabel", { title: measure.title })} />
                  </Table.Cell>
                  <Table.Cell className="numeric">{money(measure.spent)}</Table.Cell>
                  {controls && <Table.Cell>{controls.unlink(obligation, measure)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {controls?.linker(obligation)}
    </section>
  );
}
