import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../model/records.ts';
import type { AdoptionForm, Category, LeaderCategory, Level, PenaltyKind } from '../model/vocabulary.ts';
import { PRESETS } from '../scheme/presets/index.ts';
import { period, records } from '../testing/records.ts';
import { ledgerTotals } from '../testing/scores.ts';
import { createScorer, score } from './score.ts';
import type { ScoreResult } from './types.ts';

const UNITS = ['甲', '乙', '丙', '丁'];
const LEVELS: Level[] = ['县', '市', '省', '国家'];
const PUBLICATIONS = [
  '昨日情况',
  '《政务建议》',
  '专报信息',
  '信息简报',
  '政务快讯（专报）',
  '两办综刊',
  '广东安监简报',
  '要情',
  '中办信息',
  '衢州政务信息动态',
  '湖州政务(每日要情)',
  '每日要情',
  '其他刊物',
];
const FORMS: (AdoptionForm | undefined)[] = ['单条', '单篇', '综合', '简讯', '专报', '送阅', '备查', '增刊', undefined];
const CATEGORIES: (Category | undefined)[] = ['动态', '调研', '约稿', undefined];
const LEADERS: LeaderCategory[] = ['主要领导', '其他领导', '秘书长级', '本单位领导'];
const PENALTIES: PenaltyKind[] = ['迟报', '漏报', '瞒报', '谎报', '轻报', '失实', '约稿未报'];

const date = fc
  .tuple(fc.constantFrom(2023, 2024, 2024, 2024), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const item = fc.integer({ min: 0, max: 7 }).map((i) => `I${i}`);

/** A small random record set over the vocabulary the presets name. */
const recordSet = fc
  .record({
    items: fc.array(
      fc.record({
        units: fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }),
        category: fc.constantFrom(...CATEGORIES),
        picture: fc.boolean(),
      }),
      { minLength: 8, maxLength: 8 },
    ),
    routes: fc.array(
      fc.tuple(
        item,
        fc.constantFrom(...LEVELS),
        date,
        fc.constantFrom('直报', '转报') as fc.Arbitrary<'直报' | '转报'>,
      ),
      { maxLength: 12 },
    ),
    adoptions: fc.array(
      fc.tuple(item, fc.constantFrom(...LEVELS), fc.constantFrom(...PUBLICATIONS), date, fc.constantFrom(...FORMS)),
      { maxLength: 16 },
    ),
    instructions: fc.array(
      fc.tuple(item, fc.constantFrom(...LEVELS), date, fc.constantFrom(...LEADERS), fc.constantFrom(...PUBLICATIONS)),
      { maxLength: 8 },
    ),
    penalties: fc.array(fc.tuple(fc.constantFrom(...UNITS), fc.constantFrom(...PENALTIES), date, fc.option(item)), {
      maxLength: 8,
    }),
  })
  .map((r) => {
    const b = records().units(['甲', '乙', '丙']).unit('丁', { parent: '甲' });
    r.items.forEach((it, i) => {
      b.item(`I${i}`, it.units, {
        ...(it.category ? { category: it.category } : {}),
        attachments: it.picture ? ['图片'] : [],
      });
    });
    for (const [id, level, d, kind] of r.routes) b.route(id, level, d, kind);
    for (const [id, level, pub, d, form] of r.adoptions) b.adopt(id, level, pub, d, form);
    for (const [id, rank, d, category, publication] of r.instructions)
      b.instruct(id, rank, d, { category, publication });
    for (const [unit, kind, d, id] of r.penalties) b.penalize(unit, kind, d, id ?? undefined);
    return b.build();
  });

const preset = fc.constantFrom(...PRESETS);
const SUM_WITHOUT_BASE = PRESETS.filter((p) => ['lianyungang', 'luan-2013', 'quzhou', 'huzhou-2018'].includes(p.id));
const close = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-6);
const view = (r: ScoreResult) =>
  Object.fromEntries(r.units.map((u) => [u.unitId, [u.total, u.score, u.scoredItems, u.disqualified, u.tieBreak]]));

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('score properties', () => {
  it('totals equal the sum of the ledger', () => {
    fc.assert(
      fc.property(preset, recordSet, (scheme, set) => {
        const result = score(scheme, set, { period: period('2024') });
        const ledger = ledgerTotals(result);
        for (const u of result.units) expect(close(u.total, ledger[u.unitId] ?? 0)).toBe(true);
      }),
      { verbose: true },
    );
  });

  it('a scorer reused across periods (sharing records, references and entries) equals a fresh one per period', () => {
    const periods = ['2024-01', '2024-02', '2024-Q1', '2024', '2023', '2024'].map(period);
    fc.assert(
      fc.property(preset, recordSet, (scheme, set) => {
        const reused = createScorer(scheme, set);
        for (const p of periods) {
          const fresh = createScorer(scheme, { ...set }).score({ period: p });
          expect(reused.score({ period: p })).toEqual(fresh);
          expect(reused.score({ period: p, ledger: false }).units).toEqual(fresh.units);
        }
      }),
      { verbose: true },
    );
  });

  it('input order does not change any result', () => {
    fc.assert(
      fc.property(preset, recordSet, fc.integer({ min: 1, max: 1_000_000 }), (scheme, set, seed) => {
        const reordered: RecordSet = {
          ...set,
          units: shuffled(set.units, seed),
          items: shuffled(set.items, seed + 1),
          routes: shuffled(set.routes, seed + 2),
          adoptions: shuffled(set.adoptions, seed + 3),
          instructions: shuffled(set.instructions, seed + 4),
          penalties: shuffled(set.penalties, seed + 5),
        };
        const a = score(scheme, set, { period: period('2024') });
        const b = score(scheme, reordered, { period: period('2024') });
        expect(view(b)).toEqual(view(a));
      }),
      { verbose: true },
    );
  });

  it('splitting a joint item conserves its points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUM_WITHOUT_BASE), recordSet, (scheme, set) => {
        const single: RecordSet = { ...set, items: set.items.map((it) => ({ ...it, units: it.units.slice(0, 1) })) };
        const sum = (r: ScoreResult) => r.units.reduce((s, u) => s + u.total, 0);
        const joint = score(scheme, set, { period: period('2024') });
        expect(close(sum(joint), sum(score(scheme, single, { period: period('2024') })))).toBe(true);
      }),
      { verbose: true },
    );
  });

  it('for sum-based schemes without base points or caps, the months of a year add up to the year', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUM_WITHOUT_BASE), recordSet, (scheme, set) => {
        const year = score(scheme, set, { period: period('2024'), ledger: false });
        const months = Array.from({ length: 12 }, (_, m) =>
          score(scheme, set, { period: period(`2024-${String(m + 1).padStart(2, '0')}`), ledger: false }),
        );
        for (const u of year.units) {
          const added = months.reduce((s, r) => s + (r.units.find((x) => x.unitId === u.unitId)?.total ?? 0), 0);
          expect(close(added, u.total)).toBe(true);
        }
      }),
      { verbose: true },
    );
  });
});
