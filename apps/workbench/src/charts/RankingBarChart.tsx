import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

/** One bar of a ranking chart: a unit and its score. */
export interface RankingBar {
  readonly unit: string;
  readonly score: number;
  /** The unit's id, handed back on click (default: the name). */
  readonly id?: string;
}

/** Props of {@link RankingBarChart}. */
export interface RankingBarChartProps {
  readonly rows: readonly RankingBar[];
  /** The unit drawn in the highlight colour (our own unit). */
  readonly highlight?: string;
  readonly width: number;
  readonly height: number;
  /** Called with the bar's row when a bar is clicked (to open its ledger). */
  readonly onSelect?: (row: RankingBar) => void;
}

const BAR = '#8c8c8c';
/** The colour of our own unit in every chart. */
export const HIGHLIGHT = '#cf1322';

/** A ranking as vertical bars, one per unit, with our unit in red; a click on a bar selects its unit. */
export function RankingBarChart({ rows, highlight, width, height, onSelect }: RankingBarChartProps) {
  const tilt = rows.length > 8;
  return (
    <BarChart
      width={width}
      height={height}
      data={[...rows]}
      accessibilityLayer
      margin={{ top: 8, right: 8, left: 0, bottom: tilt ? 48 : 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="unit"
        interval={0}
        angle={tilt ? -40 : 0}
        textAnchor={tilt ? 'end' : 'middle'}
        tick={{ fontSize: 12 }}
      />
      <YAxis />
      <Tooltip />
      <Bar
        dataKey="score"
        name="得分"
        isAnimationActive={false}
        cursor={onSelect ? 'pointer' : undefined}
        onClick={(entry) => {
          const row = rows.find((r) => r.unit === (entry as { payload?: RankingBar }).payload?.unit);
          if (row && onSelect) onSelect(row);
        }}
      >
        {rows.map((row) => (
          <Cell key={row.id ?? row.unit} fill={row.unit === highlight ? HIGHLIGHT : BAR} />
        ))}
      </Bar>
    </BarChart>
  );
}
