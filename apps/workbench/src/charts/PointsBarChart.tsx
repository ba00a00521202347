import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

/** Props of {@link PointsBarChart}: labelled values (points by level, by publication…). */
export interface PointsBarChartProps {
  readonly rows: readonly { readonly label: string; readonly value: number }[];
  readonly width: number;
  readonly height: number;
  /** The series name shown in the tooltip. Default 得分. */
  readonly name?: string;
  readonly color?: string;
}

/** Labelled values as horizontal bars, the label on the left (long publication names stay readable). */
export function PointsBarChart({ rows, width, height, name = '得分', color = '#1677ff' }: PointsBarChartProps) {
  return (
    <BarChart
      width={width}
      height={height}
      data={[...rows]}
      layout="vertical"
      accessibilityLayer
      margin={{ top: 8, right: 16, left: 16 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" />
      <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
      <Tooltip />
      <Bar dataKey="value" name={name} fill={color} isAnimationActive={false} />
    </BarChart>
  );
}
