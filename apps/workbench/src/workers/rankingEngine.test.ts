import { getPreset } from '@caibian/core';
import { monthPeriod, quarterPeriod, runningPeriod } from '@caibian/stats';
import { describe, expect, it } from 'vitest';
import { demoRecordSet } from '../features/rankings/seed/rankingSeed.ts';
import { createRankingEngine } from './rankingEngine.ts';

const lyg = { key: 'preset:lianyungang', scheme: getPreset('lianyungang') };
const luan = { key: 'preset:luan-2013', scheme: getPreset('luan-2013') };
const engine = createRankingEngine(demoRecordSet());

describe('ranking engine over the demo records', () => {
  it('ranks our group with standard competition ranks and the change since last month', () => {
    const view = engine.rank(lyg, monthPeriod(2024, 3), undefined, '灌云县');
    expect(view.groups).toEqual(['县区组', '部门组']);
    expect(view.group).toBe('县区组');
    expect(view.rows).toHaveLength(6);
    expect(view.rows.map((r) => r.name)).not.toContain('浦东街道');
    expect(view.ours?.name).toBe('灌云县');
    const scores = view.rows.map((r) => r.score ?? 0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const row of view.rows) {
      expect(row.rankChange).toBe((row.previousRank ?? 0) - row.rank);
    }
  });

  it('switches group without losing the period', () => {
    const view = engine.rank(lyg, quarterPeriod(2024, 1), '部门组', '灌云县');
    expect(view.group).toBe('部门组');
    expect(view.ours).toBeNull();
    expect(view.period.label).toBe('2024年第一季度');
  });

  it('explains a unit: its ledger lines add up to its total', () => {
    const period = runningPeriod(2024, 6);
    const top = engine.rank(lyg, period, '县区组').rows[0];
    const ledger = engine.ledger(lyg, period, top?.unitId ?? '');
    expect(ledger.lines.length).toBeGreaterThan(0);
    const sum = ledger.lines.reduce((n, l) => n + l.points, 0);
    expect(sum).toBeCloseTo(ledger.total, 6);
    expect(ledger.lines[0]?.clause).toBeTruthy();
    expect(ledger.lines.some((l) => l.kind === '采用' && l.detail.startsWith('市·'))).toBe(true);
  });

  it('shows roll-up: 海州区 earns from 浦东街道 records and names the source unit', () => {
    const ledger = engine.ledger(lyg, runningPeriod(2024, 6), '海州区');
    expect(ledger.lines.some((l) => l.sourceUnit === '浦东街道')).toBe(true);
  });

  it('builds monthly series and targets for our unit', () => {
    const series = engine.series(lyg, runningPeriod(2024, 6), '灌云县', { submitted: 100, adopted: 40, score: 200 });
    expect(series.months.map((m) => m.month)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月']);
    const submitted = series.months.reduce((n, m) => n + m.submitted, 0);
    expect(series.targets[0]).toMatchObject({ label: '报送条数', actual: submitted, target: 100 });
    expect(series.byLevel.length).toBeGreaterThan(0);
    expect(series.byPublication.every((d) => d.value !== 0)).toBe(true);
    for (const m of series.months) if (m.rate !== null) expect(m.rate).toBeCloseTo((100 * m.adopted) / m.submitted, 1);
  });

  it('compares two schemes and counts the units whose rank changes', () => {
    const view = engine.compare(lyg, luan, runningPeriod(2024, 6), '县区组');
    expect(view.rows).toHaveLength(6);
    expect(view.changed).toBe(view.rows.filter((r) => r.rankA !== r.rankB).length);
    expect(view.rows.map((r) => r.rankB)).toEqual([...view.rows.map((r) => r.rankB)].sort((a, b) => a - b));
  });

  it('gives every group for the notice', () => {
    const notice = engine.notice(lyg, monthPeriod(2024, 2));
    expect(notice.groups.map((g) => g.group)).toEqual(['县区组', '部门组']);
    expect(notice.schemeName).toBe('连云港市政务信息工作考核办法');
  });
});
