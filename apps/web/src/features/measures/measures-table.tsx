import "./measures.css";
import { Table } from "@digdir/designsystemet-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../shared/language/use-language";
import { AppLink } from "../../shared/router/app-link";
import { hrefFor } from "../../shared/router/routes";
import type { MeasureSummary } from "../programmes/types";
import { measurePeriod } from "./measure-period";
import { MeasureStatusTag } from "./measure-status-tag";
import { ProgressBar } from "./progress-bar";
import { TableScroll } from "../../shared/ui/table-scroll";

/** What a row shows: a programme tree's measure, or one of `measures.list`'s items. */
type MeasureRowData = Pick<
  MeasureSummary,
  "id" | "number" | "title" | "sdgGoals" | "scope" | "partCount" | "ownerName" | "responsiblePerson" | "startDate" | "endDate" | "status" | "progress"
> & { responsibleName?: string | null };

interface MeasuresTableProps {
  measures: readonly MeasureRowData[];
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** Language of the measures' titles, which may differ from the UI language. */
  contentLang: string;
}

/**
 * A programme's measures: what, how far, whose and when. Status and progress come right after
 * the title, and on a narrow screen (CSS in measures.css) each row becomes a card — title, then
 * status and progress side by side, then the rest — with each value labelled. The roles are
 * spelled out because browsers drop a table's semantics once its rows are laid out as a grid.
 */
export function MeasuresTable({ measures, labelledBy, contentLang }: MeasuresTableProps) {
  const { t } = useTranslation(["programmes", "domain"]);
  const { language } = useLanguage();
  return (
    <TableScroll>
      <Table aria-labelledby={labelledBy} zebra border data-size="sm" className="measures-table" role="table">
        <Table.Head role="rowgroup">
          <Table.Row role="row">
            <Table.HeaderCell scope="col" role="columnheader">{t("table.measure")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{t("table.status")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{t("table.progress")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{t("table.scope")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{t("table.responsible")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{t("table.period")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body role="rowgroup">
          {measures.map((measure) => (
            <MeasureRow key={measure.id} measure={measure} contentLang={contentLang} t={t} language={language} />
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

interface MeasureRowProps {
  measure: MeasureRowData;
  contentLang: string;
  // The table's translation and language, passed down rather than subscribed to in each of a
  // programme's hundreds of rows.
  t: TFunction<["programmes", "domain"]>;
  language: ReturnType<typeof useLanguage>["language"];
}

function MeasureRow({ measure, contentLang, t, language }: MeasureRowProps) {
  const period = measurePeriod(measure.startDate, measure.endDate, language);
  // The card layout's label for a value; the column header already names it for screen readers.
  const label = (key: "status" | "progress" | "scope" | "responsible" | "period") => (
    <span className="cell-label" aria-hidden="true">
      {t(`table.${key}`)}
    </span>
  );
  return (
    <Table.Row role="row">
      <Table.HeaderCell scope="row" role="rowheader">
        {/* The number tells apart measures with the same title, as councils cite them ("tiltak 3.2"). */}
        <span className="measure-number">{measure.number}</span>{" "}
        <AppLink href={hrefFor({ name: "measure", id: measure.id })} lang={contentLang}>
          {measure.title}
        </AppLink>
        {measure.sdgGoals.length > 0 && (
          <div className="meta">{t("table.sdgGoals", { goals: measure.sdgGoals.join(", ") })}</div>
        )}
      </Table.HeaderCell>
      <Table.Cell role="cell">
        {label("status")}
        <MeasureStatusTag status={measure.status} />
      </Table.Cell>
      <Table.Cell role="cell">
        {label("progress")}
        <ProgressBar value={measure.progress} label={t("table.progressLabel", { title: measure.title })} />
      </Table.Cell>
      <Table.Cell role="cell">
        {label("scope")}
        {t(`domain:measureScope.${measure.scope}`)}
        {measure.scope === "shared" && measure.partCount > 0 && (
          <div className="meta">{t("domain:count.part", { count: measure.partCount })}</div>
        )}
      </Table.Cell>
      <Table.Cell role="cell">
        {label("responsible")}
        {measure.responsibleName ?? measure.ownerName}
        {measure.responsiblePerson && <div className="meta">{measure.responsiblePerson}</div>}
      </Table.Cell>
      <Table.Cell role="cell">
        {label("period")}
        {period.kind === "range" && period.text}
        {period.kind === "from" && t("table.from", { date: period.date })}
        {period.kind === "until" && t("table.until", { date: period.date })}
        {period.kind === "none" && t("table.noPeriod")}
      </Table.Cell>
    </Table.Row>
  );
}
