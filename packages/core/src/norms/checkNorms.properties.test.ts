import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes } from './applyFix.ts';
import { checkNorms } from './checkNorms.ts';
import type { NormFinding } from './types.ts';

/** Pieces that exercise every rule: Han text, numbers, units, marks of both widths, 文号, headings, phrases. */
const PIECES = [
  '全县',
  '经济',
  '运行',
  '某',
  '县',
  '年',
  '月',
  '底',
  '较',
  '近',
  '连续',
  '来',
  '万元',
  '万',
  '亿元',
  '%',
  '斤',
  '亩',
  '公分',
  '公斤',
  '公里',
  '两个',
  '千斤顶',
  '有机密封',
  '保密',
  '密切',
  '秘密',
  '机密',
  '绝密',
  '内部资料',
  '扎实推进',
  '稳中向好',
  '显著提升',
  '圆满完成',
  '任务',
  '川府发',
  '[',
  ']',
  '【',
  '】',
  '〔',
  '〕',
  '(',
  ')',
  '（',
  '）',
  '0',
  '1',
  '2',
  '3',
  '5',
  '9',
  '10',
  '19',
  '24',
  '30',
  '2024',
  '-',
  '－',
  '~',
  '.',
  ',',
  ';',
  ':',
  '?',
  '!',
  '、',
  '。',
  '，',
  '：',
  '号',
  '一',
  '二',
  '1、',
  '一.',
  '(一)',
  '\n',
  ' ',
  '\u3000',
  '"',
  'GDP',
  'PM2.5',
  '8:30',
  '1∶2',
  '𠀀',
  '\ud800',
];

const chineseish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(chineseish, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }));
const item = fc.record({ title: anyText, body: anyText });

function partOf(input: { title: string; body: string }, f: NormFinding): string {
  return f.part === 'title' ? input.title : input.body;
}

describe('checkNorms properties', () => {
  it('never throws, and every finding is a slice of its part', () => {
    fc.assert(
      fc.property(item, fc.integer({ min: 0, max: 40 }), (input, titleMaxLength) => {
        const findings = checkNorms(input, { titleMaxLength });
        for (const f of findings) {
          const part = partOf(input, f);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(part.length);
          expect(part.slice(f.start, f.end)).toBe(f.text);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { verbose: true, numRuns: 400 },
    );
  });

  it('sorts findings by part, then start', () => {
    fc.assert(
      fc.property(item, (input) => {
        const findings = checkNorms(input);
        const keys = findings.map((f) => (f.part === 'title' ? 0 : 1) * 1e9 + f.start);
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
      }),
      { verbose: true, numRuns: 300 },
    );
  });

  it('after applying a certain fix, no finding of that rule remains at that spot', () => {
    fc.assert(
      fc.property(item, (input) => {
        for (const f of checkNorms(input)) {
          if (f.fix === null) continue;
          const fixedPart = applyFix(partOf(input, f), f);
          const fixed = { ...input, [f.part]: fixedPart };
          const spotEnd = f.start + f.fix.length;
          const again = checkNorms(fixed).filter(
            (g) =>
              g.rule === f.rule && g.part === f.part && g.start < Math.max(spotEnd, f.start + 1) && g.end > f.start,
          );
          expect(again).toEqual([]);
        }
      }),
      { verbose: true, numRuns: 400 },
    );
  });

  it('applying all certain fixes of a part leaves no fixable finding of the same rules there', () => {
    fc.assert(
      fc.property(chineseish, (body) => {
        const before = checkNorms({ title: '', body }).filter((f) => f.fix !== null);
        const fixed = applyFixes(body, before);
        const rules = new Set(before.map((f) => f.rule));
        const after = checkNorms({ title: '', body: fixed }).filter((f) => f.fix !== null && rules.has(f.rule));
        expect(after.length).toBeLessThanOrEqual(before.length);
      }),
      { verbose: true, numRuns: 300 },
    );
  });
});

describe('applyFix', () => {
  it('replaces the finding by its fix and leaves a finding without a fix alone', () => {
    const body = '投资5-10万元。服务显著提升';
    const [range, phrase] = checkNorms({ title: '', body });
    expect(range && applyFix(body, range)).toBe('投资5万元~10万元。服务显著提升');
    expect(phrase && applyFix(body, phrase)).toBe(body);
  });

  it('refuses a finding that does not belong to the text', () => {
    const [range] = checkNorms({ title: '', body: '投资5-10万元' });
    expect(() => range && applyFix('另一段文字', range)).toThrow(/does not match/);
  });

  it('applies several fixes of one part from the end backwards', () => {
    const body = '1、投资5-10万元,增长30-40%\n一.总体要求';
    expect(applyFixes(body, checkNorms({ title: '', body }))).toBe('1.投资5万元~10万元，增长30%~40%\n一、总体要求');
  });
});
