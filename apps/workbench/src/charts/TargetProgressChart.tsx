import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

/** Props of {@link TargetProgressChart}: each target's completion in percent. */
export interface TargetProgressChartProps {
  readonly rows: readonly { readonly label: string; readonly percent: number }[];
  /** Where the year should stand by now, in percent (a dashed line), e.g. 50 at the end of June. */
  readonly expected?: number;
  readonly width: number;
  readonly height: number;
}

/** Progress against the year's targets as horizontal bars, with the expected share of the year marked. */
export function TargetProgressChart({ rows, expected, width, height }: TargetProgressChartProps) {
  const max = Math.max(100, ...rows.map((r) => r.percent));
  return (
    <BarChart
      width={width}
      height={height}
      data={[...rows]}
      layout="vertical"
      accessibilityLayer
      margin={{ top: 8, right: 40, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" unit="%" domain={[0, Math.ceil(max / 10) * 10]} />
      <YAxis type="category" dataKey="label" width={72} />
      <Tooltip />
      {expected !== undefined && <ReferenceLine x={expected} stroke="#faad14" strokeDasharray="4 4" label="进度线" />}
      <Bar dataKey="percent" name="完成率" fill="#52c41a" isAnimationActive={false}>
        <LabelList dataKey="percent" position="right" formatter={(v: unknown) => `${v}%`} />
      </Bar>
    </BarChart>
  );
}
