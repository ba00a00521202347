/** fast-check arbitraries for tracking properties: urgent events, deadline tables, commissions, small record sets. */
import fc from 'fast-check';
import type { IsoDate, IsoDateTime } from '../../model/date.ts';
import { eventId, itemId, unitId } from '../../model/ids.ts';
import {
  type Commission,
  type Item,
  type Route,
  URGENT_CHANNELS,
  URGENT_STAGES,
  type UrgentEvent,
} from '../../model/records.ts';
import { LEVELS, SEVERITY_GRADES } from '../../model/vocabulary.ts';
import { DEADLINE_TABLE_VERSION, type DeadlineTable, type GradeDeadlines } from '../deadlineTable.ts';
import { addMinutes } from '../time.ts';
import { adoption, at, commission, day, instruction, item, route } from './builders.ts';

/** A base instant just before a leap day, so that offsets cross midnights and 2024-02-29. */
export const BASE = at('2024-02-28T22:00');
export const minutesFrom = (offset: number): IsoDateTime => addMinutes(BASE, offset);
export const dayFrom = (offset: number): IsoDate => addMinutes(BASE, offset * 1440).slice(0, 10) as IsoDate;

const gradeDeadlines: fc.Arbitrary<GradeDeadlines> = fc.record(
  {
    deadlines: fc.uniqueArray(
      fc.record({
        stage: fc.constantFrom(...URGENT_STAGES),
        channel: fc.option(fc.constantFrom(...URGENT_CHANNELS), { nil: undefined }),
        minutes: fc.integer({ min: 1, max: 720 }),
      }),
      { minLength: 1, maxLength: 4, selector: (d) => `${d.stage}/${d.channel}` },
    ),
    followUpEvery: fc.integer({ min: 30, max: 360 }),
  },
  { requiredKeys: ['deadlines'] },
);

/** A deadline table with random limits, sometimes with a 续报 interval. */
export const deadlineTable: fc.Arbitrary<DeadlineTable> = fc
  .tuple(gradeDeadlines, gradeDeadlines, gradeDeadlines, gradeDeadlines)
  .map(([a, b, c, d]) => ({
    version: DEADLINE_TABLE_VERSION,
    jurisdiction: '随机',
    grades: { 特别重大: a, 重大: b, 较大: c, 一般: d },
  }));

/** An urgent event received within three days of {@link BASE}, with up to six reports around the receipt. */
export const urgentEvent: fc.Arbitrary<UrgentEvent> = fc
  .record({
    id: fc.constantFrom('E1', 'E2', 'E3', 'E4'),
    unit: fc.constantFrom('宣汉县', '达川区'),
    grade: fc.constantFrom(...SEVERITY_GRADES),
    received: fc.integer({ min: 0, max: 3 * 1440 }),
    lag: fc.integer({ min: 0, max: 240 }),
    reports: fc.array(
      fc.record({
        stage: fc.constantFrom(...URGENT_STAGES),
        channel: fc.constantFrom(...URGENT_CHANNELS),
        after: fc.integer({ min: -30, max: 1000 }),
        item: fc.option(fc.constantFrom('J1', 'J2'), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ id, unit, grade, received, lag, reports }) => ({
    id: eventId(id),
    title: `事件${id}`,
    grade,
    unitId: unitId(unit),
    occurredAt: minutesFrom(received - lag),
    receivedAt: minutesFrom(received),
    reports: reports.map((r) => ({
      stage: r.stage,
      channel: r.channel,
      at: minutesFrom(received + r.after),
      ...(r.item !== undefined ? { itemId: itemId(r.item) } : {}),
    })),
  }));

/** A commission due within ten days of {@link BASE}, with fulfilments around its due date. */
export const commissionArb: fc.Arbitrary<Commission> = fc
  .record({
    id: fc.constantFrom('YG-1', 'YG-2', 'YG-3'),
    due: fc.integer({ min: 0, max: 10 }),
    units: fc.uniqueArray(fc.constantFrom('宣汉县', '达川区', '渠县'), { minLength: 1, maxLength: 3 }),
    fulfilments: fc.array(
      fc.record({
        unit: fc.constantFrom('宣汉县', '达川区', '渠县'),
        item: fc.constantFrom('F1', 'F2'),
        after: fc.integer({ min: -5, max: 5 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ id, due, units, fulfilments }) =>
    commission(
      id,
      dayFrom(due),
      units,
      fulfilments.map((f) => ({ unit: f.unit, item: f.item, date: dayFrom(due + f.after) })),
    ),
  );

/** Units 市直 ⊃ 宣汉县 ⊃ 南坝镇, and 达川区; items, routes, adoptions and instructions on random days. */
export const trackingRecords = fc
  .record({
    items: fc.array(
      fc.uniqueArray(fc.constantFrom('市直', '宣汉县', '南坝镇', '达川区'), { minLength: 1, maxLength: 3 }),
      {
        minLength: 1,
        maxLength: 8,
      },
    ),
    routes: fc.array(fc.record({ item: fc.nat(7), level: fc.constantFrom(...LEVELS), day: fc.nat(60) }), {
      maxLength: 16,
    }),
    adoptions: fc.array(fc.record({ item: fc.nat(7), level: fc.constantFrom(...LEVELS), day: fc.nat(60) }), {
      maxLength: 12,
    }),
    instructions: fc.array(fc.record({ item: fc.nat(7), rank: fc.constantFrom(...LEVELS), day: fc.nat(60) }), {
      maxLength: 6,
    }),
  })
  .map(({ items, routes, adoptions, instructions }) => {
    const built: Item[] = items.map((units, n) => item(`X${n}`, ...units));
    const id = (n: number) => `X${n % built.length}`;
    return {
      units: [
        { id: unitId('市直'), name: '市直' },
        { id: unitId('宣汉县'), name: '宣汉县', parentId: unitId('市直') },
        { id: unitId('南坝镇'), name: '南坝镇', parentId: unitId('宣汉县') },
        { id: unitId('达川区'), name: '达川区' },
      ],
      items: built,
      routes: routes.map((r): Route => route(id(r.item), r.level, dayFrom(r.day))),
      adoptions: adoptions.map((a) => adoption(id(a.item), a.level, dayFrom(a.day))),
      instructions: instructions.map((x) => instruction(id(x.item), x.rank, dayFrom(x.day))),
    };
  });

/** Reorders `list` by the random `keys` (a permutation when the keys are distinct enough). */
export function permute<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((value, n) => ({ value, key: keys[n % Math.max(keys.length, 1)] ?? 0, n }))
    .sort((a, b) => a.key - b.key || b.n - a.n)
    .map((x) => x.value);
}

export { day };
