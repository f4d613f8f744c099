import { formatMoney, formatNumber } from "@samspill/i18n";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLanguage } from "../../shared/language/use-language";
import { CHART_HEIGHT, type BarChartData } from "./bar-chart-figure";
import { seriesColour } from "./chart-colours";

/** The drawing of a bar chart (recharts), loaded only on pages that show one. */
export function BarChartCanvas({ data, series, currency, stacked = false }: BarChartData) {
  const { language } = useLanguage();
  const major = (minor: number) => formatMoney(minor, currency, language, { wholeUnits: true });
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
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
  );
}
