import { Details, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDate, formatNumber } from "@samspill/i18n";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLanguage } from "../../shared/language/use-language";
import type { Indicator } from "./types";

const COLOURS = ["#1e5aa8", "#b3541e", "#2e7d32", "#6a1b9a", "#00695c", "#ad1457"];

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

/** An indicator's values as a line chart, with the same numbers as a table for those who cannot see it. */
export function IndicatorChart({ indicator, level }: { indicator: Indicator; level: 3 }) {
  const { t } = useTranslation("measures");
  const { language } = useLanguage();
  const headingId = useId();
  const rows = chartRows(indicator);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatNumber(value, language));
  const names = indicator.series.map((series) => series.municipalityName ?? t("indicators.total"));
  return (
    <section aria-labelledby={headingId} className="stack indicator">
      <Heading level={level} data-size="xs" id={headingId}>
        {indicator.name}
      </Heading>
      <Paragraph data-size="sm" className="meta">
        {indicator.unit}
        {indicator.baseline !== null && ` · ${t("indicators.baseline", { value: number(indicator.baseline) })}`}
        {indicator.target !== null && ` · ${t("indicators.target", { value: number(indicator.target) })}`}
      </Paragraph>
      {rows.length > 0 && (
        // The table below carries the numbers; the picture is named but not read out point by point.
        <figure className="chart" role="img" aria-label={t("indicators.chartLabel", { name: indicator.name })}>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" tickFormatter={(date: string) => formatDate(date, language)} />
              <YAxis tickFormatter={(value: number) => formatNumber(value, language)} />
              <Tooltip labelFormatter={(date) => formatDate(String(date), language)} formatter={(value) => number(Number(value))} />
              <Legend />
              {indicator.series.map((series, index) => (
                <Line key={index} type="monotone" dataKey={`s${index}`} name={names[index]} stroke={COLOURS[index % COLOURS.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
      {rows.length > 0 && (
        <Details>
          <Details.Summary>{t("indicators.showTable")}</Details.Summary>
          <Details.Content>
            <div className="table-scroll">
              <Table zebra border data-size="sm">
                <caption>{t("indicators.tableCaption", { name: indicator.name })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t("indicators.date")}</Table.HeaderCell>
                    {names.map((name, index) => (
                      <Table.HeaderCell scope="col" key={index} className="numeric">{name}</Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map((row) => (
                    <Table.Row key={String(row.date)}>
                      <Table.HeaderCell scope="row">{formatDate(String(row.date), language)}</Table.HeaderCell>
                      {names.map((_, index) => (
                        <Table.Cell key={index} className="numeric">{number(row[`s${index}`] as number | null)}</Table.Cell>
                      ))}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
