import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { HIGHLIGHT } from './RankingBarChart.tsx';

/** Props of {@link AdoptionRateChart}: items submitted and adopted per month and the rate in percent. */
export interface AdoptionRateChartProps {
  readonly rows: readonly {
    readonly month: string;
    readonly submitted: number;
    readonly adopted: number;
    readonly rate: number | null;
  }[];
  readonly width: number;
  readonly height: number;
}

/** Submitted and adopted items as bars per month, the adoption rate as a line on the right axis. */
export function AdoptionRateChart({ rows, width, height }: AdoptionRateChartProps) {
  return (
    <ComposedChart width={width} height={height} data={[...rows]} accessibilityLayer margin={{ top: 8, right: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="month" />
      <YAxis yAxisId="n" allowDecimals={false} />
      <YAxis yAxisId="rate" orientation="right" unit="%" domain={[0, 100]} />
      <Tooltip />
      <Legend />
      <Bar yAxisId="n" dataKey="submitted" name="报送条数" fill="#91caff" isAnimationActive={false} />
      <Bar yAxisId="n" dataKey="adopted" name="采用条数" fill="#1677ff" isAnimationActive={false} />
      <Line yAxisId="rate" dataKey="rate" name="采用率" stroke={HIGHLIGHT} isAnimationActive={false} connectNulls />
    </ComposedChart>
  );
}
