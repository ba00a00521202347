import { Alert, Button, Empty, Select, Space, Spin, Table, type TableColumnsType, Tabs } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PageTitle } from '../../app/PageTitle.tsx';
import { rankingClient } from '../../workers/rankingClient.ts';
import type { LedgerView, RankRow } from '../../workers/rankingTypes.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { yearsBetween } from './periodChoice.ts';
import { useRankings } from './useRankings.ts';

// Started as soon as this page's code arrives (the shell already started the worker when the app opened
// on this page): the worker loads the records while the charts' code loads.
performance.mark('rankings:page-code');
const chartsModule = import('../../charts/RankingCharts.tsx');
void chartsModule.then(() => performance.mark('rankings:charts-code')).catch(() => {});
void rankingClient()
  .load()
  .catch(() => {});
// Once its code is here, the charts render directly: a lazy component suspends on its first render even when
// its code has arrived, and React then holds the retried content back (up to 300 ms after the fallback).
let loadedCharts: typeof import('../../charts/RankingCharts.tsx') | null = null;
void chartsModule.then((m) => {
  loadedCharts = m;
});
const LazyRankingCharts = lazy(() => chartsModule.then((m) => ({ default: m.RankingCharts })));
// Not part of the first screen: fetched once the first ranking shows, before anyone clicks a unit or the tab.
const loadLedgerDrawer = () => import('./LedgerDrawer.tsx');
const loadWhatIfPanel = () => import('./WhatIfPanel.tsx');
const LedgerDrawer = lazy(() => loadLedgerDrawer().then((m) => ({ default: m.LedgerDrawer })));
const WhatIfPanel = lazy(() => loadWhatIfPanel().then((m) => ({ default: m.WhatIfPanel })));

const fmt = (n: number | null) => (n === null ? '—' : Math.round(n * 100) / 100);
const change = (n: number | null) => (n === null || n === 0 ? '—' : n > 0 ? `↑${n}` : `↓${-n}`);
const columns: TableColumnsType<RankRow> = [
  { title: '名次', dataIndex: 'rank', width: 64 },
  { title: '单位', dataIndex: 'name', render: (n: string, r) => (r.disqualified ? `${n}（取消评优资格）` : n) },
  { title: '得分', dataIndex: 'score', width: 96, render: fmt },
  { title: '总分', dataIndex: 'total', width: 96, render: fmt },
  { title: '计分条数', dataIndex: 'scoredItems', width: 96 },
  { title: '上期名次', dataIndex: 'previousRank', width: 96, render: (v: number | null) => v ?? '—' },
  { title: '升降', dataIndex: 'rankChange', width: 72, render: change },
];

/** 排名: where we stand (charts and tables), why (each unit's ledger) and what if (another scheme). */
export function RankingsPage() {
  const r = useRankings();
  const [ledger, setLedger] = useState<{ open: boolean; view: LedgerView | null; error: string | null }>({
    open: false,
    view: null,
    error: null,
  });
  const [ledgerUsed, setLedgerUsed] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const shown = r.view !== null;
  useEffect(() => {
    if (!shown) return;
    return afterNextPaint(() => {
      void loadLedgerDrawer().catch(() => {});
      void loadWhatIfPanel().catch(() => {});
      loadedCharts?.preloadSeriesCharts();
    });
  }, [shown]);
  // Built once per answer, not on every render: the unit picker holds every unit (2,000 at issue 7's scale).
  const units = r.setup?.summary.units;
  const unitOptions = useMemo(() => (units ?? []).map((u) => ({ value: u.id, label: u.name })), [units]);
  const schemeOptions = useMemo(
    () => (r.setup?.options ?? []).map((o) => ({ value: o.value, label: o.label })),
    [r.setup?.options],
  );
  const rows = useMemo(() => (r.view ? [...r.view.rows] : []), [r.view]);
  const latest = useRef(r);
  latest.current = r;
  const openLedger = useCallback((unitId: string) => {
    const { client, scheme, period } = latest.current;
    if (!scheme || !period) return;
    setLedger({ open: true, view: null, error: null });
    setLedgerUsed(true);
    client
      .ledger(scheme.ref, period, unitId)
      .then((view) => setLedger({ open: true, view, error: null }))
      .catch((e: Error) => setLedger({ open: true, view: null, error: e.message }));
  }, []);
  const exportNotice = async (kind: 'xlsx' | 'docx') => {
    if (!r.scheme || !r.period) return;
    setExporting(kind);
    try {
      const notice = await r.client.notice(r.scheme.ref, r.period);
      const m = await import('./notice/exportNotice.ts');
      await (kind === 'xlsx' ? m.exportNoticeXlsx(notice) : m.exportNoticeDocx(notice));
    } finally {
      setExporting(null);
    }
  };

  if (r.error && !r.setup) return <Alert type="error" showIcon message={r.error} />;
  const summary = r.setup?.summary ?? null;
  if (summary && summary.records === 0 && summary.items === 0) {
    return <Empty description="还没有报送采用记录。请先在“导入”页导入记录表，再来查看排名。" />;
  }
  // Until the worker's first answer, the page shows its controls disabled and the ranking's chart and table
  // empty: their code and styles are ready when the ranking arrives, which then only fills them in. Nothing
  // spins meanwhile: on a 2-core machine, animating frames takes CPU time from the worker's read.
  const ready = r.setup !== null && r.choice !== null && r.scheme !== null;
  const options = r.setup?.options ?? [];
  const view = r.view;
  const RankingCharts = loadedCharts?.RankingCharts ?? LazyRankingCharts;
  const year = r.choice ? Number(r.choice.year) : new Date().getFullYear();
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-busy={r.busy || !ready ? 'true' : 'false'}
      aria-busy={!view}
    >
      <PageTitle>排名</PageTitle>
      <Space wrap>
        <Select
          aria-label="计分办法"
          style={{ minWidth: 320 }}
          disabled={!ready}
          value={ready ? r.scheme?.value : undefined}
          options={schemeOptions}
          onChange={r.setSchemeValue}
        />
        <Select
          aria-label="分组"
          virtual={false}
          style={{ width: 120 }}
          disabled={!ready}
          placeholder="分组"
          value={r.group}
          options={(view?.groups ?? []).map((g) => ({ value: g, label: g }))}
          onChange={r.setGroup}
        />
        <Select
          aria-label="本单位"
          showSearch
          optionFilterProp="label"
          placeholder="选择本单位"
          style={{ width: 180 }}
          disabled={!ready}
          value={r.ourUnit ?? undefined}
          options={unitOptions}
          onChange={r.setOurUnit}
        />
      </Space>
      <PeriodPicker
        value={ready ? r.choice : null}
        years={summary ? yearsBetween(summary.firstDate, summary.lastDate, year) : []}
        onChange={r.setChoice}
      />
      {r.error && <Alert type="error" showIcon message={r.error} />}
      {view ? (
        <Space wrap>
          <strong role="status" data-ranking={`${view.period.label}|${view.group}|${view.schemeName}`}>
            {view.period.label} · {view.group} · {view.schemeName}
            {view.ours ? `：${view.ours.name}第${view.ours.rank}名（共${view.rows.length}个单位）` : ''}
          </strong>
          <Button loading={exporting === 'xlsx'} onClick={() => exportNotice('xlsx')}>
            导出通报（Excel）
          </Button>
          <Button loading={exporting === 'docx'} onClick={() => exportNotice('docx')}>
            导出通报（Word）
          </Button>
        </Space>
      ) : (
        <span role="status">正在读取报送采用记录…</span>
      )}
      <Tabs
        items={[
          {
            key: 'ranking',
            label: '排名与图表',
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Suspense fallback={<Spin description="正在加载图表…" delay={500} />}>
                  <RankingCharts view={view} series={r.series} onSelectUnit={openLedger} />
                </Suspense>
                <Table<RankRow>
                  aria-label="完整排名"
                  title={() =>
                    view ? `${view.period.label}${view.group}完整排名（点击单位查看得分明细）` : '完整排名'
                  }
                  size="small"
                  columns={columns}
                  locale={view ? undefined : { emptyText: '正在计算…' }}
                  dataSource={rows}
                  rowKey="unitId"
                  rowClassName={(row) => (row.unitId === view?.ours?.unitId ? 'ranking-ours' : '')}
                  onRow={(row) => ({ onClick: () => openLedger(row.unitId), style: { cursor: 'pointer' } })}
                  pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
                />
              </Space>
            ),
          },
          {
            key: 'whatif',
            label: '换用办法对比',
            disabled: !view,
            children: view && r.period && r.scheme && (
              <Suspense fallback={<Spin />}>
                <WhatIfPanel
                  client={r.client}
                  options={options}
                  schemeA={r.scheme}
                  period={r.period}
                  group={view.group}
                />
              </Suspense>
            ),
          },
        ]}
      />
      {ledgerUsed && (
        <Suspense fallback={null}>
          <LedgerDrawer
            open={ledger.open}
            ledger={ledger.view}
            loading={ledger.open && !ledger.view && !ledger.error}
            error={ledger.error}
            onClose={() => setLedger({ open: false, view: null, error: null })}
          />
        </Suspense>
      )}
    </Space>
  );
}
