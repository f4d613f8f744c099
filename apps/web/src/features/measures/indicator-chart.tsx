import { Details, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDate, formatDateTime, formatNumber } from "@samspill/i18n";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLanguage } from "../../shared/language/use-language";
import { importsOf, pointOn, sourcesOn, type RowSource } from "./indicator-sources";
import type { Indicator } from "./types";
import { TableScroll } from "../../shared/ui/table-scroll";

const COLOURS = ["#1e5aa8", "#b3541e", "#2e7d32", "#6a1b9a", "#00695c", "#ad1457"];
// Dark enough against white for a line that carries meaning (WCAG 1.4.11), unlike any series colour.
const TARGET_COLOUR = "#3d3d3d";

/** One row per date, one column per series: what both the chart and the table read. */
export function chartRows(indicator: Indicator): Array<Record<string, number | string | null>> {
  const dates = [...new Set(indicator.series.flatMap((series) => series.points.map((point) => point.date)))].sort();
  return dates.map((date) => {
    const row: Record<string, number | string | null> = { date };
    indicator.series.forEach((series, index) => {
      row[`s${index}`] = series.points.find((point) => point.date === date)?.value ?? null;
    });
    return row;
  });
}

interface IndicatorChartProps {
  indicator: Indicator;
  level: 3 | 4;
  /** A line under the heading, e.g. the goal an outcome indicator measures. */
  context?: string;
  /** Shown at the end of the indicator's section, e.g. its source and "Import now". */
  children?: ReactNode;
}

/**
 * An indicator's values as a line chart, with the same numbers as a table for those who cannot
 * see it. Imported values say their source and import time under the chart and in the table.
 */
export function IndicatorChart({ indicator, level, context, children }: IndicatorChartProps) {
  const { t } = useTranslation(["measures", "statistics"]);
  const { language } = useLanguage();
  const headingId = useId();
  const rows = chartRows(indicator);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatNumber(value, language));
  const names = indicator.series.map((series) => series.municipalityName ?? t("indicators.total"));
  const sourceName = (source: string) => t(source === "kolada" ? "statistics:values.names.kolada" : "statistics:values.names.ssb");
  const sourceText = ({ source, importedAt }: RowSource) =>
    importedAt === null ? t("statistics:values.manual") : t("statistics:values.imported", { source: sourceName(source), time: formatDateTime(importedAt, language) });
  // A cell the source marks (SSB "..", Kolada "Missing") says so instead of a bare dash.
  const cell = (index: number, date: string) => {
    const point = pointOn(indicator.series[index], date);
    return point?.value === null && point.status ? t("statistics:values.noFigure", { status: point.status }) : number(point?.value);
  };
  const imports = importsOf(indicator.series);
  return (
    <section aria-labelledby={headingId} className="stack indicator">
      <Heading level={level} data-size="xs" id={headingId}>
        {indicator.name}
      </Heading>
      {context && <Paragraph data-size="sm">{context}</Paragraph>}
      <Paragraph data-size="sm" className="meta">
        {indicator.unit}
        {indicator.baseline !== null && ` · ${t("indicators.baseline", { value: number(indicator.baseline) })}`}
        {indicator.target !== null && ` · ${t("indicators.target", { value: number(indicator.target) })}`}
      </Paragraph>
      {rows.length > 0 && (
        // The table below carries the numbers; the picture is named but not read out point by point.
        <figure className="chart" role="img" aria-label={t("indicators.chartLabel", { name: indicator.name })}>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={rows} margin={{ top: 12, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              {/*
                Every date is labelled while they fit, else a subset that always keeps the first and
                the last; the padding leaves room for the first label beside the y-axis.
              */}
              <XAxis
                dataKey="date"
                tickFormatter={(date: string) => formatDate(date, language)}
                interval="preserveStartEnd"
                minTickGap={8}
                padding={{ left: 40, right: 40 }}
              />
              {/* As wide as the longest tick (21 700), so no figure is clipped on a narrow screen. */}
              <YAxis width="auto" tickFormatter={(value: number) => formatNumber(value, language)} />
              {indicator.target !== null && (
                <ReferenceLine
                  y={indicator.target}
                  stroke={TARGET_COLOUR}
                  strokeDasharray="6 4"
                  strokeWidth={2}
                  ifOverflow="extendDomain"
                  label={{ value: t("indicators.targetLine", { value: number(indicator.target) }), position: "insideTopLeft", fill: TARGET_COLOUR }}
                />
              )}
              <Tooltip labelFormatter={(date) => formatDate(String(date), language)} formatter={(value) => number(Number(value))} />
              <Legend />
              {indicator.series.map((series, index) => (
                <Line key={index} type="monotone" dataKey={`s${index}`} name={names[index]} stroke={COLOURS[index % COLOURS.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
      {imports.map((entry) => (
        <Paragraph key={entry.source} data-size="sm" className="meta">
          {t("statistics:values.chartNote", { source: sourceName(entry.source), time: formatDateTime(entry.importedAt, language) })}
        </Paragraph>
      ))}
      {rows.length > 0 && (
        <Details>
          <Details.Summary>{t("indicators.showTable")}</Details.Summary>
          <Details.Content>
            <TableScroll>
              <Table zebra border data-size="sm">
                <caption>{t("indicators.tableCaption", { name: indicator.name })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t("indicators.date")}</Table.HeaderCell>
                    {names.map((name, index) => (
                      <Table.HeaderCell scope="col" key={index} className="numeric">{name}</Table.HeaderCell>
                    ))}
                    {/* Wide enough that "SSB, importert 01.03.2025, 05:00" does not wrap word by word at 320 px; the table scrolls instead. */}
                    <Table.HeaderCell scope="col" style={{ minWidth: "14rem" }}>{t("statistics:values.source")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map((row) => (
                    <Table.Row key={String(row.date)}>
                      <Table.HeaderCell scope="row">{formatDate(String(row.date), language)}</Table.HeaderCell>
                      {names.map((_, index) => (
                        <Table.Cell key={index} className="numeric">{cell(index, String(row.date))}</Table.Cell>
                      ))}
                      <Table.Cell>{sourcesOn(indicator.series, String(row.date)).map(sourceText).join("; ")}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
                {indicator.target !== null && (
                  <Table.Foot>
                    <Table.Row>
                      <Table.HeaderCell scope="row">
                        {indicator.targetDate
                          ? t("indicators.targetRowBy", { date: formatDate(indicator.targetDate, language) })
                          : t("indicators.targetRow")}
                      </Table.HeaderCell>
                      <Table.Cell colSpan={names.length} className="numeric">{number(indicator.target)}</Table.Cell>
                      <Table.Cell />
                    </Table.Row>
                  </Table.Foot>
                )}
              </Table>
            </TableScroll>
          </Details.Content>
        </Details>
      )}
      {children}
    </section>
  );
}
