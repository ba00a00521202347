import type { TableColumnsType } from 'antd';
import { lazy, memo, Suspense } from 'react';
import type { RankingView, RankRow, UnitSeries } from '../workers/rankingTypes.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { CHART_HEIGHT as H, CHART_WIDTH as W } from './chartSize.ts';
import { RankingBarChart } from './RankingBarChart.tsx';
import { topRowsWithOurs } from './topRows.ts';

// Our unit's charts (lines, a composed chart, labels: code the ranking's bars do not need) come in their
// own chunk, fetched once the ranking has shown (see preloadSeriesCharts) and drawn when the series arrive.
const loadSeriesCharts = () => import('./SeriesCharts.tsx');
const SeriesCharts = lazy(() => loadSeriesCharts().then((m) => ({ default: m.SeriesCharts })));

/** Fetches the code of our unit's charts ahead of their series (the 排名 page calls it after the first ranking). */
export function preloadSeriesCharts(): void {
  void loadSeriesCharts().catch(() => {});
}

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

const fmt = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));
const change = (n: number | null) => (n === null || n === 0 ? '—' : n > 0 ? `↑${n}` : `↓${-n}`);

const rankColumns: TableColumnsType<RankRow> = [
  { title: '名次', dataIndex: 'rank', width: 56 },
  { title: '单位', dataIndex: 'name' },
  { title: '得分', dataIndex: 'score', width: 72, render: fmt },
  { title: '升降', dataIndex: 'rankChange', width: 56, render: change },
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

/** Every chart of the 排名 page, each with its table and exports; loaded with recharts when first needed. */
export function RankingCharts({ view, series, onSelectUnit, top = 20 }: RankingChartsProps) {
  return (
    <>
      <RankingBarPanel view={view} onSelectUnit={onSelectUnit} top={top} />
      {series && (
        <Suspense fallback={null}>
          <SeriesCharts series={series} />
        </Suspense>
      )}
    </>
  );
}
