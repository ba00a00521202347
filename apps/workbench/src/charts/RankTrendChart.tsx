import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { HIGHLIGHT } from './RankingBarChart.tsx';

/** Props of {@link RankTrendChart}: our rank per month (null where there was none). */
export interface RankTrendChartProps {
  readonly rows: readonly { readonly month: string; readonly rank: number | null }[];
  readonly width: number;
  readonly height: number;
}

/** Our rank over the months as a line, first place at the top. */
export function RankTrendChart({ rows, width, height }: RankTrendChartProps) {
  return (
    <LineChart width={width} height={height} data={[...rows]} accessibilityLayer margin={{ top: 8, right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="month" />
      <YAxis reversed allowDecimals={false} domain={[1, 'dataMax']} />
      <Tooltip />
      <Line dataKey="rank" name="名次" stroke={HIGHLIGHT} isAnimationActive={false} connectNulls dot />
    </LineChart>
  );
}
