import type { TableColumnsType } from 'antd';
import { memo } from 'react';
import type { Datum, MonthFigure, RankingView, RankRow, TargetFigure, UnitSeries } from '../workers/rankingTypes.ts';
import { AdoptionRateChart } from './AdoptionRateChart.tsx';
import { ChartPanel } from './ChartPanel.tsx';
import { PointsBarChart } from './PointsBarChart.tsx';
import { RankingBarChart } from './RankingBarChart.tsx';
import { RankTrendChart } from './RankTrendChart.tsx';
import { TargetProgressChart } from './TargetProgressChart.tsx';
import { topRowsWithOurs } from './topRows.ts';

/** Props of {@link RankingCharts}. */
export interface RankingChartsProps {
  /** Null while the first ranking is computed: the ranking's panel shows empty, waiting for it. */
  readonly view: RankingView | null;
  /** Our unit's series, or null when no unit of ours is chosen. */
  readonly series: UnitSeries | null;
  /** Opens a unit's ledger. */
  readonly onSelectUnit: (unitId: string) => void;
  /** How many top units the bar chart shows (our unit is added when below). Default 20. */
  readonly top?: number;
}

const W = 560;
const H = 300;
const fmt = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));
const change = (n: number | null) => (n === null || n === 0 ? '—' : n > 0 ? `↑${n}` : `↓${-n}`);

const rankColumns: TableColumnsType<RankRow> = [
  { title: '名次', dataIndex: 'rank', width: 56 },
  { title: '单位', dataIndex: 'name' },
  { title: '得分', dataIndex: 'score', width: 72, render: fmt },
  { title: '升降', dataIndex: 'rankChange', width: 56, render: change },
];
const datumColumns = (what: string): TableColumnsType<Datum> => [
  { title: what, dataIndex: 'label' },
  { title: '得分', dataIndex: 'value', width: 80 },
];
const monthRankColumns: TableColumnsType<MonthFigure> = [
  { title: '月份', dataIndex: 'month', width: 64 },
  { title: '名次', dataIndex: 'rank', render: (v: number | null) => v ?? '—' },
  { title: '得分', dataIndex: 'score', render: fmt },
];
const rateColumns: TableColumnsType<MonthFigure> = [
  { title: '月份', dataIndex: 'month', width: 64 },
  { title: '报送', dataIndex: 'submitted' },
  { title: '采用', dataIndex: 'adopted' },
  { title: '采用率', dataIndex: 'rate', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
];
const targetColumns: TableColumnsType<TargetFigure> = [
  { title: '指标', dataIndex: 'label' },
  { title: '完成', dataIndex: 'actual' },
  { title: '目标', dataIndex: 'target' },
  { title: '完成率', dataIndex: 'percent', render: (v: number) => `${v}%` },
];

/**
 * The ranking as bars (top units and ours) with its table; re-drawn only when the ranking changes. Shown
 * empty before the first ranking arrives, so that its first drawing with figures only fills it in.
 */
const RankingBarPanel = memo(function RankingBarPanel({
  view,
  onSelectUnit,
  top,
}: {
  view: RankingView | null;
  onSelectUnit: (unitId: string) => void;
  top: number;
}) {
  const bars = view ? topRowsWithOurs(view.rows, top, view.ours?.unitId) : [];
  return (
    <ChartPanel
      title={view ? `${view.period.label}${view.group}排名` : '排名'}
      chart={
        <RankingBarChart
          rows={bars.map((r) => ({ unit: r.name, score: r.score ?? 0, id: r.unitId }))}
          highlight={view?.ours?.name}
          width={W}
          height={H + 40}
          onSelect={(row) => onSelectUnit(row.id ?? row.unit)}
        />
      }
      columns={rankColumns}
      data={bars}
      rowKey="unitId"
      onRow={(row) => onSelectUnit(row.unitId)}
      loading={view === null}
    />
  );
});

/** Our unit's charts; re-drawn only when its series change (not when the group changes). */
const SeriesCharts = memo(function SeriesCharts({ series }: { series: UnitSeries }) {
  const expected = Math.round((100 * series.months.length) / 12);
  return (
    <>
      <ChartPanel
        title={`${series.name}${series.year}年名次走势`}
        chart={<RankTrendChart rows={series.months} width={W} height={H} />}
        columns={monthRankColumns}
        data={series.months}
        rowKey="month"
      />
      <ChartPanel
        title={`${series.name}得分构成（按级别）`}
        chart={<PointsBarChart rows={series.byLevel} width={W} height={H} />}
        columns={datumColumns('级别')}
        data={series.byLevel}
        rowKey="label"
      />
      <ChartPanel
        title={`${series.name}得分构成（按刊物）`}
        chart={<PointsBarChart rows={series.byPublication} width={W} height={H} color="#13c2c2" />}
        columns={datumColumns('刊物')}
        data={series.byPublication}
        rowKey="label"
      />
      <ChartPanel
        title={`${series.name}${series.year}年采用率`}
        chart={<AdoptionRateChart rows={series.months} width={W} height={H} />}
        columns={rateColumns}
        data={series.months}
        rowKey="month"
      />
      <ChartPanel
        title={`${series.name}${series.year}年目标进度`}
        chart={<TargetProgressChart rows={series.targets} expected={expected} width={W} height={200} />}
        columns={targetColumns}
        data={series.targets}
        rowKey="label"
      />
    </>
  );
});

/** Every chart of the 排名 page, each with its table and exports; loaded with recharts when first needed. */
export function RankingCharts({ view, series, onSelectUnit, top = 20 }: RankingChartsProps) {
  return (
    <>
      <RankingBarPanel view={view} onSelectUnit={onSelectUnit} top={top} />
      {series && <SeriesCharts series={series} />}
    </>
  );
}
