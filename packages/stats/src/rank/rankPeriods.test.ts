import { getPreset, trackUnits, type UnitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { records } from '../__tests__/builders.ts';
import { monthPeriod, quarterPeriod, rangePeriod, runningPeriod, yearPeriod } from '../period/period.ts';
import { parseTargets, type Targets } from '../targets/targets.ts';
import { type PeriodRanking, rankPeriods } from './rankPeriods.ts';

const lianyungang = getPreset('lianyungang');

/** 县区组: 海州区 (with 海州街道 rolled in), 连云区, 赣榆区; 部门组: 市发改委, 市教育局. */
function city() {
  return records()
    .unit('海州区', '县区组')
    .unit('连云区', '县区组')
    .unit('赣榆区', '县区组')
    .unit('市发改委', '部门组')
    .unit('市教育局', '部门组')
    .unit('海州街道', '县区组', '海州区')
    .item('H1', '海州区')
    .route('H1', '市', '2024-01-08')
    .adopt('H1', '市', '昨日情况', '2024-01-10')
    .item('L1', '连云区')
    .route('L1', '市', '2024-01-09')
    .adopt('L1', '市', '《昨日情况》', '2024-01-12')
    .item('F1', '市发改委')
    .adopt('F1', '省', '信息简报', '2024-01-20')
    .item('G1', '赣榆区', '调研')
    .route('G1', '市', '2024-02-01')
    .route('G1', '省', '2024-02-02')
    .adopt('G1', '市', '政务建议', '2024-02-05')
    .instruct('G1', '市', '2024-02-20', '政务建议')
    .item('H2', '海州街道')
    .route('H2', '市', '2024-02-06')
    .adopt('H2', '市', '专报信息', '2024-02-07').set;
}

const rows = (ranking: PeriodRanking | undefined, group = 0) =>
  ranking?.groups[group]?.rows.map((r) => [r.name, r.rank, r.score]);

describe('rankPeriods', () => {
  it('gives equal scores one rank and skips the next (1, 1, 3), units without records at 0', () => {
    const [january] = rankPeriods(lianyungang, city(), [monthPeriod(2024, 1)]);
    expect(rows(january)).toEqual([
      ['海州区', 1, 3],
      ['连云区', 1, 3],
      ['赣榆区', 3, 0],
    ]);
  });

  it('ranks each group on its own', () => {
    const [january] = rankPeriods(lianyungang, city(), [monthPeriod(2024, 1)]);
    expect(january?.groups.map((g) => g.group)).toEqual(['县区组', '部门组']);
    expect(rows(january, 1)).toEqual([
      ['市发改委', 1, 10],
      ['市教育局', 2, 0],
    ]);
    const [only] = rankPeriods(lianyungang, city(), [monthPeriod(2024, 1)], { group: '部门组' });
    expect(only?.groups.map((g) => g.group)).toEqual(['部门组']);
  });

  it('rolls a unit with a parent into it and does not rank it on its own', () => {
    const [february] = rankPeriods(lianyungang, city(), [monthPeriod(2024, 2)]);
    expect(rows(february)).toEqual([
      ['赣榆区', 1, 30],
      ['海州区', 2, 3],
      ['连云区', 3, 0],
    ]);
    expect(february?.groups[0]?.rows[1]?.members).toEqual(['海州街道']);
  });

  it('gives the change of rank and score against the previous period', () => {
    const [february] = rankPeriods(lianyungang, city(), [monthPeriod(2024, 2)]);
    expect(february?.previous?.label).toBe('2024年1月');
    const changes = february?.groups[0]?.rows.map((r) => [r.name, r.previousRank, r.rankChange, r.scoreChange]);
    expect(changes).toEqual([
      ['赣榆区', 3, 2, 30],
      ['海州区', 1, -1, 0],
      ['连云区', 1, -2, -3],
    ]);
    const [first] = rankPeriods(lianyungang, city(), [runningPeriod(2024, 1)]);
    expect(first?.previous).toBeNull();
    expect(first?.groups[0]?.rows[0]?.rankChange).toBeNull();
  });

  it('adds up running totals (累计) month by month, and a quarter, a year and a range alike', () => {
    const [running, quarter, year, range] = rankPeriods(lianyungang, city(), [
      runningPeriod(2024, 2),
      quarterPeriod(2024, 1),
      yearPeriod(2024),
      rangePeriod('2024-01-01' as never, '2024-02-29' as never),
    ]);
    const expected = [
      ['赣榆区', 1, 30],
      ['海州区', 2, 6],
      ['连云区', 3, 3],
    ];
    expect(running?.period.label).toBe('2024年1—2月累计');
    for (const r of [running, quarter, year, range]) expect(rows(r)).toEqual(expected);
    expect(running?.previous?.label).toBe('2024年1月累计');
    expect(running?.groups[0]?.rows.map((r) => r.rankChange)).toEqual([2, -1, -2]);
  });

  it('breaks a tie with the scheme tie-break list (guangdong-ajj: more adoptions by the general offices first)', () => {
    const set = records().unit('甲', '局属').unit('乙', '局属').unit('丙', '局属');
    set.item('A1', '甲').adopt('A1', '省', '两办综刊', '2024-03-02');
    for (const id of ['B1', 'B2', 'B3', 'B4']) set.item(id, '乙').adopt(id, '省', '广东安监简报', '2024-03-03');
    set.item('C1', '丙').adopt('C1', '省', '广东安监简报', '2024-03-04');
    const [march] = rankPeriods(getPreset('guangdong-ajj'), set.set, [monthPeriod(2024, 3)]);
    expect(march?.groups[0]?.rows.map((r) => [r.name, r.rank, r.score, r.tieBreak])).toEqual([
      ['甲', 1, 40, [1]],
      ['乙', 2, 40, [0]],
      ['丙', 3, 10, [0]],
    ]);
  });

  it('ranks a unit without scored items (null average) after every unit with one', () => {
    const set = records().unit('甲').unit('乙').unit('丙');
    set.item('A1', '甲', '紧急').adopt('A1', '市', '应急专报', '2024-05-02', '专报');
    set.item('C1', '丙', '紧急').adopt('C1', '市', '应急专报', '2024-05-03', '送阅');
    const [may] = rankPeriods(getPreset('meizhou-emergency'), set.set, [monthPeriod(2024, 5)]);
    expect(may?.method).toBe('average');
    expect(rows(may)).toEqual([
      ['甲', 1, 5],
      ['丙', 2, 4],
      ['乙', 3, null],
    ]);
  });

  it('counts items submitted, adopted and the adoption rate by level as core tracking does', () => {
    const set = city();
    const [february] = rankPeriods(lianyungang, set, [monthPeriod(2024, 2)]);
    const gan = february?.groups[0]?.rows[0];
    expect(gan?.figures?.submitted).toBe(1);
    expect(gan?.figures?.byLevel.市).toEqual({
      submitted: 1,
      adoptedOfSubmitted: 1,
      rate: 1,
      adopted: 1,
      instructions: 1,
    });
    expect(gan?.figures?.byLevel.省.rate).toBe(0);
    const tracked = trackUnits(set, monthPeriod(2024, 2), { rollUp: true });
    for (const row of february?.groups.flatMap((g) => g.rows) ?? []) {
      const t = tracked.find((x) => x.unitId === row.unitId);
      expect([row.figures?.submitted, row.figures?.adopted, row.figures?.byLevel]).toEqual([
        t?.submitted,
        t?.adopted,
        t?.byLevel,
      ]);
    }
  });

  it('measures progress against per-group targets, a unit target overriding its group', () => {
    const parsed = parseTargets({
      format: 'caibian-targets',
      version: 1,
      groups: { 县区组: { submittedPerMonth: 2, adoptedPerYear: 12 } },
      units: { 海州区: { submittedPerMonth: 1 } },
    });
    if (!parsed.ok) throw new Error('targets should parse');
    const targets: Targets = parsed.value;
    const [february, running] = rankPeriods(lianyungang, city(), [monthPeriod(2024, 2), runningPeriod(2024, 2)], {
      targets,
    });
    const of = (r: PeriodRanking | undefined, name: string) =>
      r?.groups.flatMap((g) => g.rows).find((x) => x.unitId === (name as UnitId))?.targets;
    expect(of(february, '海州区')).toEqual({
      submitted: { actual: 1, target: 1, ratio: 1, met: true },
      adopted: { actual: 1, target: 1, ratio: 1, met: true },
    });
    expect(of(february, '连云区')?.submitted).toEqual({ actual: 0, target: 2, ratio: 0, met: false });
    expect(of(running, '海州区')?.submitted).toEqual({ actual: 2, target: 2, ratio: 1, met: true });
    expect(of(february, '市发改委')?.submitted.target).toBeNull();
  });
});
