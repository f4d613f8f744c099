import { formatMoney, formatNumber } from "@samspill/i18n";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLanguage } from "../../shared/language/use-language";
import { seriesColour } from "./chart-colours";

export interface ChartSeries {
  key: string;
  label: string;
}

interface BarChartFigureProps {
  caption: string;
  note: string;
  /** One object per category (year): `category` plus an amount in minor units per series key. */
  data: ReadonlyArray<Record<string, number | string>>;
  series: readonly ChartSeries[];
  currency: string;
  stacked?: boolean;
}

/**
 * A bar chart of money per year. It is hidden from assistive technology: the caption says
 * that the table after it holds the same figures, and the table is the accessible version.
 */
export function BarChartFigure({ caption, note, data, series, currency, stacked = false }: BarChartFigureProps) {
  const { language } = useLanguage();
  const major = (minor: number) => formatMoney(minor, currency, language, { wholeUnits: true });
  return (
    <figure className="chart">
      <figcaption>
        {caption}
        <span className="meta"> {note}</span>
      </figcaption>
      <div aria-hidden="true" className="chart__canvas">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={[...data]} accessibilityLayer={false} margin={{ left: 16, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" />
            <YAxis tickFormatter={(value: number) => formatNumber(value / 100, language, { notation: "compact" })} width={80} />
            <Tooltip formatter={(value) => major(Number(value))} />
            <Legend />
            {series.map((item, index) => (
              <Bar
                key={item.key}
                dataKey={item.key}
                name={item.label}
                fill={seriesColour(index)}
                stackId={stacked ? "stack" : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
