import {
  type Adoption,
  type AdoptionForm,
  type Category,
  getPreset,
  type Instruction,
  type IsoDate,
  type Item,
  type ItemId,
  type Level,
  type Penalty,
  type PenaltyKind,
  type Route,
  type Scheme,
  score,
  type UnitId,
} from '@caibian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { records } from '../__tests__/builders.ts';
import { monthPeriod, rangePeriod, runningPeriod, yearPeriod } from '../period/period.ts';
import { rankGroups } from '../rank/rankGroups.ts';
import { createIncrementalRanking } from './incrementalRanking.ts';
import type { RecordTable } from './recordStore.ts';

const UNITS = ['甲', '乙', '丙', '丁', '戊'];
const LEVELS: Level[] = ['县', '市', '省', '国家'];
const PUBLICATIONS = ['昨日情况', '政务建议', '专报信息', '信息简报', '两办综刊', '广东安监简报', '常山政务', '其他'];
const FORMS: (AdoptionForm | undefined)[] = ['单条', '简讯', '专报', '送阅', '综合', '备查', undefined];
const CATEGORIES: (Category | undefined)[] = ['动态', '调研', '紧急', undefined];
const PENALTIES: PenaltyKind[] = ['迟报', '瞒报', '失实', '约稿未报'];
const ITEMS = ['I0', 'I1', 'I2', 'I3', 'I4', 'I5'];

const date = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2024-0${m}-${String(d).padStart(2, '0')}` as IsoDate);
const itemId = fc.constantFrom(...ITEMS).map((id) => id as ItemId);
const item: fc.Arbitrary<Item> = fc
  .record({
    id: itemId,
    units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 2 }),
    category: fc.constantFrom(...CATEGORIES),
  })
  .map(({ id, units, category }) => ({
    id,
    title: `信息${id}`,
    units: units.map((u) => ({ unitId: u as UnitId })),
    ...(category === undefined ? {} : { category }),
    secrecy: '无',
    attachments: [],
    tags: [],
  }));
const route: fc.Arbitrary<Route> = fc
  .tuple(itemId, fc.constantFrom(...LEVELS), date, fc.constantFrom('直报', '转报') as fc.Arbitrary<'直报' | '转报'>)
  .map(([id, level, d, kind]) => ({ itemId: id, level, kind, date: d, status: '已报送' }));
const adoption: fc.Arbitrary<Adoption> = fc
  .tuple(itemId, fc.constantFrom(...LEVELS), fc.constantFrom(...PUBLICATIONS), date, fc.constantFrom(...FORMS))
  .map(([id, level, publication, d, form]) => ({
    itemId: id,
    level,
    publication,
    date: d,
    ...(form === undefined ? {} : { form }),
  }));
const instruction: fc.Arbitrary<Instruction> = fc
  .tuple(itemId, fc.constantFrom(...LEVELS), date, fc.constantFrom(...PUBLICATIONS))
  .map(([id, rank, d, publication]) => ({ itemId: id, rank, category: '其他领导', date: d, publication }));
const penalty: fc.Arbitrary<Penalty> = fc
  .tuple(fc.constantFrom(...UNITS), fc.constantFrom(...PENALTIES), date, fc.option(itemId, { nil: undefined }))
  .map(([unit, kind, d, id]) => ({
    unitId: unit as UnitId,
    kind,
    date: d,
    ...(id === undefined ? {} : { itemId: id }),
  }));

const rowOf: { [T in RecordTable]: fc.Arbitrary<unknown> } = {
  items: item,
  routes: route,
  adoptions: adoption,
  instructions: instruction,
  penalties: penalty,
};
const table = fc.constantFrom<RecordTable>('items', 'routes', 'adoptions', 'adoptions', 'instructions', 'penalties');
/**
 * An edit: add a new row, remove the row at a position, or replace it with a new row, in any table (items,
 * adoptions, routes, instructions, penalties).
 */
const edit = table.chain((t) =>
  fc.record({
    op: fc.constantFrom('add', 'remove', 'replace'),
    table: fc.constant(t),
    at: fc.nat(),
    row: rowOf[t],
  }),
);

const recordSet = fc
  .record({
    items: fc.array(item, { minLength: 3, maxLength: 8 }),
    routes: fc.array(route, { maxLength: 10 }),
    adoptions: fc.array(adoption, { maxLength: 12 }),
    instructions: fc.array(instruction, { maxLength: 5 }),
    penalties: fc.array(penalty, { maxLength: 4 }),
  })
  .map((r) => {
    const set = records().unit('甲', '一组').unit('乙', '一组').unit('丙', '二组').unit('丁', '二组');
    set.unit('戊', '一组', '甲').set;
    return { ...set.set, ...r };
  });

const PERIODS = [
  monthPeriod(2024, 2),
  runningPeriod(2024, 3),
  yearPeriod(2024),
  rangePeriod('2024-01-20' as IsoDate, '2024-03-10' as IsoDate),
];

describe('incremental rankings', () => {
  const presets: [string, Scheme][] = [
    ['lianyungang (sum)', getPreset('lianyungang')],
    ['changshan-2014 (sum with monthly quotas)', getPreset('changshan-2014')],
    ['guangdong-ajj (highest only, penalties, tie-break)', getPreset('guangdong-ajj')],
    ['meizhou-emergency (average, item percentage penalties)', getPreset('meizhou-emergency')],
  ];
  for (const [name, scheme] of presets) {
    it(`equal a full recomputation after every edit: ${name}`, () => {
      fc.assert(
        fc.property(recordSet, fc.array(edit, { minLength: 1, maxLength: 12 }), (set, edits) => {
          const live = createIncrementalRanking(scheme, set, PERIODS);
          for (const e of edits) {
            const rows = live.records()[e.table] as unknown[];
            const target = rows[e.at % Math.max(1, rows.length)];
            if (e.op === 'add' || target === undefined) live.add(e.table, e.row as never);
            else if (e.op === 'remove') expect(live.remove(e.table, target as never)).toBe(true);
            else expect(live.replace(e.table, target as never, e.row as never)).toBe(true);
            PERIODS.forEach((period, k) => {
              const full = score(scheme, live.records(), { period, ledger: false });
              expect(live.units(k)).toEqual(full.units);
              expect(live.ranking(k)).toEqual(rankGroups(full.units));
            });
          }
        }),
        { verbose: true, numRuns: 80 },
      );
    });
  }

  it('re-scores only the units an edit touches', () => {
    const set = records().unit('甲', '一组').unit('乙', '一组').unit('丙', '二组').item('A', '甲').item('B', '乙').set;
    const live = createIncrementalRanking(getPreset('lianyungang'), set, [yearPeriod(2024)]);
    live.add('adoptions', {
      itemId: 'A' as ItemId,
      level: '省',
      publication: '信息简报',
      date: '2024-05-06' as IsoDate,
    });
    expect(live.lastUpdate()).toEqual({ units: ['甲'], records: 2 });
    expect(live.ranking()[0]?.rows.map((r) => [r.name, r.rank, r.score])).toEqual([
      ['甲', 1, 10],
      ['乙', 2, 0],
    ]);
  });
});
