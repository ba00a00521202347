import type { IsoDate, RecordSetInput } from '@caibian/core';
import { getPreset, itemId, RecordSetSchema, score, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { rankGroups } from './rankGroups.ts';

function records(): RecordSetInput {
  const unit = (name: string, group?: string) => ({ id: unitId(name), name, ...(group ? { group } : {}) });
  const item = (id: string, unitName: string) => ({
    id: itemId(id),
    title: `${unitName}信息${id}`,
    units: [{ unitId: unitId(unitName) }],
  });
  const adoption = (id: string, publication: string, date: string) => ({
    itemId: itemId(id),
    level: '市' as const,
    publication,
    date: date as IsoDate,
  });
  return {
    version: 1,
    units: [
      unit('海州区', '县区组'),
      unit('连云区', '县区组'),
      unit('赣榆区', '县区组'),
      unit('市发改委', '部门组'),
      unit('市教育局', '部门组'),
    ],
    items: [item('A1', '海州区'), item('A2', '连云区'), item('A3', '市发改委'), item('A4', '赣榆区')],
    adoptions: [
      adoption('A1', '昨日情况', '2024-03-04'),
      adoption('A2', '昨日情况', '2024-03-05'),
      adoption('A3', '昨日情况', '2024-03-06'),
      adoption('A4', '昨日情况', '2024-04-01'),
    ],
  };
}

describe('rankGroups', () => {
  it('ranks each group on its own, ties sharing a rank, units without records at 0', () => {
    const scheme = getPreset('lianyungang');
    if (!scheme) throw new Error('preset lianyungang missing');
    const result = score(scheme, RecordSetSchema.parse(records()), {
      period: { from: '2024-03-01', to: '2024-03-31' } as never,
    });
    const groups = rankGroups(result.units);
    expect(groups.map((g) => g.group)).toEqual(['县区组', '部门组']);
    expect(groups[0]?.rows.map((r) => [r.rank, r.name, r.score])).toEqual([
      [1, '海州区', 3],
      [1, '连云区', 3],
      [3, '赣榆区', 0],
    ]);
    expect(groups[1]?.rows.map((r) => [r.rank, r.name])).toEqual([
      [1, '市发改委'],
      [2, '市教育局'],
    ]);
    expect(rankGroups(result.units, '部门组').map((g) => g.group)).toEqual(['部门组']);
  });
});
