import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../model/date.ts';
import { doc, officeDocs } from './__tests__/builders.ts';
import { findDuplicates } from './findDuplicates.ts';
import { matchNotice } from './matchNotice.ts';
import { splitPinyin } from './pinyin.ts';
import { SearchIndex } from './searchIndex.ts';
import { extractNumbers } from './text.ts';
import { deriveUnitAliases } from './unitAliases.ts';

const index = SearchIndex.build(officeDocs());
const one = (title: string, units?: string[]) => matchNotice(index, [{ title, units }])[0];

describe('matchNotice', () => {
  it('accepts a shortened title with the unit abbreviated and the number kept', () => {
    const m = one('宣汉新增市场主体3210户');
    expect(m?.match).toBe('A1');
    expect(m?.confidence).toBeGreaterThanOrEqual(0.72);
  });

  it('accepts a reworded title without the unit when the unit column names it', () => {
    expect(one('狠抓安全生产排查隐患1326处', ['达川区应急管理局'])?.match).toBe('A3');
    expect(one('持续改善营商环境', ['宣汉县政府办公室'])?.candidates[0]?.id).toBe('A1');
  });

  it('lists several matches for a combined row naming several units', () => {
    const m = one('开江、平昌等地全力抓好春耕备耕');
    expect(m?.matches).toEqual(expect.arrayContaining(['A2', 'A8']));
    expect(m?.matches).toHaveLength(2);
    expect(m?.match).not.toBeNull();
  });

  it('matches nothing for another unit, a topic nobody wrote on, or a unit that did not write on it', () => {
    expect(one('永春县多措并举优化营商环境')?.match).toBeNull();
    expect(one('扎实开展征兵工作')?.match).toBeNull();
    expect(one('南江加强森林防火')?.match).toBeNull();
  });

  it('leaves the choice to the user below the threshold, with candidates', () => {
    const m = one('优化营商环境');
    expect(m?.match).toBeNull();
    expect(m?.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(['A1', 'A7']));
  });

  it('does not accept an item submitted after the adoption date', () => {
    const [m] = matchNotice(index, [
      { title: '南江推进政务公开 解读政策86件', date: parseDate('2024-04-01') ?? undefined },
    ]);
    expect(m?.match).toBeNull();
  });

  it('property: confidence and scores stay in [0, 1] and matches are among the candidates', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'宣汉开江营商环境春耕备耕安全生产推进优化3210县区'), maxLength: 16 }),
        (title) => {
          const [m] = matchNotice(index, [{ title }]);
          expect(m?.confidence).toBeGreaterThanOrEqual(0);
          expect(m?.confidence).toBeLessThanOrEqual(1);
          for (const c of m?.candidates ?? []) expect(c.score).toBeLessThanOrEqual(1);
          if (m?.match) expect(m.matches).toContain(m.match);
        },
      ),
      { verbose: true },
    );
  });
});

describe('findDuplicates', () => {
  const draft = {
    title: '宣汉县持续优化营商环境',
    body: '今年以来，宣汉县优化营商环境，新增市场主体3210户，企业开办时间缩短到1天。',
    units: ['宣汉县政府办公室'],
  };

  it('warns of the same event, with shared phrases and the same numbers as reasons', () => {
    const [w] = findDuplicates(index, draft, { date: parseDate('2024-03-20') ?? undefined });
    expect(w?.doc.id).toBe('A1');
    expect(w?.sameUnit).toBe(true);
    expect(w?.reasons).toContainEqual(expect.objectContaining({ kind: 'number', text: '3210' }));
    expect(w?.reasons.some((r) => r.kind === 'phrase' && r.text.includes('新增市场主体3210户'))).toBe(true);
    expect(w?.reasons).toContainEqual(expect.objectContaining({ kind: 'same-unit' }));
  });

  it('keeps to the day window and to the units asked for', () => {
    const far = findDuplicates(index, draft, { date: parseDate('2024-09-01') ?? undefined, days: 30 });
    expect(far.map((w) => w.doc.id)).not.toContain('A1');
    const others = findDuplicates(index, draft, { units: 'others', minScore: 0.1 });
    expect(others.map((w) => w.doc.id)).not.toContain('A1');
    expect(others.map((w) => w.doc.id)).toContain('A7');
  });

  it('leaves the draft itself out and stays quiet on an unrelated draft', () => {
    const self = SearchIndex.build([...officeDocs(), doc('D1', draft.title, '宣汉县政府办公室', { body: draft.body })]);
    expect(findDuplicates(self, { ...draft, id: 'D1' }).map((w) => w.doc.id)).not.toContain('D1');
    expect(findDuplicates(index, { title: '某镇举办农民丰收节文艺汇演', body: '群众观看演出。' })).toEqual([]);
  });
});

describe('text helpers', () => {
  it('derives unit abbreviations and reads numbers and pinyin', () => {
    expect(deriveUnitAliases('宣汉县政府办公室')).toEqual(['宣汉县政府办公室', '宣汉县', '宣汉']);
    expect(deriveUnitAliases('开江县发展和改革局')).toContain('开江');
    expect(deriveUnitAliases('渠县政府办')).not.toContain('渠');
    expect(extractNumbers('山阳县十条措施力促工业经济增长3.5%')).toEqual(['3.5%', '10']);
    expect(splitPinyin('yingshang')).toEqual(['ying', 'shang']);
    expect(splitPinyin('yshj')).toBeNull();
  });
});
