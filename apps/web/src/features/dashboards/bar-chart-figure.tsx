import { lazy, Suspense, useRef } from "react";
import { useNearViewport } from "../../shared/ui/use-near-viewport";

export const CHART_HEIGHT = 260;

export interface ChartSeries {
  key: string;
  label: string;
}

export interface BarChartData {
  /** One object per category (year): `category` plus an amount in minor units per series key. */
  data: ReadonlyArray<Record<string, number | string>>;
  series: readonly ChartSeries[];
  currency: string;
  stacked?: boolean;
}

interface BarChartFigureProps extends BarChartData {
  caption: string;
  note: string;
}

// The charting library is the largest part of the web app: it is fetched and drawn only when a
// chart is on the page and the reader comes near it, and the space the chart takes is kept until then.
const BarChartCanvas = lazy(async () => ({ default: (await import("./bar-chart-canvas")).BarChartCanvas }));

/**
 * A bar chart of money per year. It is hidden from assistive technology: the caption says
 * that the table after it holds the same figures, and the table is the accessible version.
 */
export function BarChartFigure({ caption, note, ...chart }: BarChartFigureProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const near = useNearViewport(canvas);
  const space = <div style={{ height: CHART_HEIGHT }} />;
  return (
    <figure className="chart">
      <figcaption>
        {caption}
        <span className="meta"> {note}</span>
      </figcaption>
      <div aria-hidden="true" className="chart__canvas" ref={canvas}>
        {near ? (
          <Suspense fallback={space}>
            <BarChartCanvas {...chart} />
          </Suspense>
        ) : (
          space
        )}
      </div>
    </figure>
  );
}
