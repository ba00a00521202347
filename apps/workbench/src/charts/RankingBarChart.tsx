import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

/** One bar of a ranking chart: a unit and its score. */
export interface RankingBar {
  readonly unit: string;
  readonly score: number;
}

/** Props of {@link RankingBarChart}. */
export interface RankingBarChartProps {
  readonly rows: readonly RankingBar[];
  /** The unit drawn in the highlight colour (our own unit). */
  readonly highlight?: string;
  readonly width: number;
  readonly height: number;
}

const BAR = '#8c8c8c';
const HIGHLIGHT = '#cf1322';

/** A ranking as vertical bars, one per unit, with our unit in red. */
export function RankingBarChart({ rows, highlight, width, height }: RankingBarChartProps) {
  return (
    <BarChart width={width} height={height} data={[...rows]} accessibilityLayer>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="unit" interval={0} />
      <YAxis />
      <Tooltip />
      <Bar dataKey="score" name="得分" isAnimationActive={false}>
        {rows.map((row) => (
          <Cell key={row.unit} fill={row.unit === highlight ? HIGHLIGHT : BAR} />
        ))}
      </Bar>
    </BarChart>
  );
}
