import type { TableColumnsType } from 'antd';
import { memo } from 'react';
import type { Datum, MonthFigure, TargetFigure, UnitSeries } from '../workers/rankingTypes.ts';
import { AdoptionRateChart } from './AdoptionRateChart.tsx';
import { ChartPanel } from './ChartPanel.tsx';
import { CHART_HEIGHT as H, CHART_WIDTH as W } from './chartSize.ts';
import { PointsBarChart } from './PointsBarChart.tsx';
import { RankTrendChart } from './RankTrendChart.tsx';
import { TargetProgressChart } from './TargetProgressChart.tsx';

const fmt = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));

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

/** Our unit's charts; re-drawn only when its series change (not when the group changes). */
export const SeriesCharts = memo(function SeriesCharts({ series }: { series: UnitSeries }) {
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
