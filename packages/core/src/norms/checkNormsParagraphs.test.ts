import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realTitles, seedTexts } from './__fixtures__/realText.ts';
import { checkNorms } from './checkNorms.ts';
import { checkNormsParagraphs, createNormsCache, PARAGRAPH_SEPARATOR } from './checkNormsParagraphs.ts';
import type { NormsOptions } from './types.ts';

/** Real sentences and clauses of the sample essays, each with its closing mark. */
const FRAGMENTS = seedTexts()
  .flatMap(({ text }) => text.split(/(?<=[。！？；，,;:：\n])/u))
  .map((fragment) => fragment.replace(/\n+$/u, ''))
  .filter((fragment) => fragment.length > 0)
  .slice(0, 600);

/** Pieces that every rule reacts to, and the loose ends that reach across paragraphs. */
const PIECES = [
  '投资5-10万元',
  '增长30-40%',
  '24年3月',
  '23年，全县',
  '较19年',
  '川府发[2024]12号',
  '川府发[2024]',
  '川府发(',
  '2024)',
  '12号',
  '第',
  '号',
  '[',
  ']',
  '(',
  ')',
  '(一)',
  '1、',
  '一.',
  '（一）、',
  '50斤',
  '两亩',
  '一亩三分地',
  '公分母',
  '手机密',
  '码',
  '机密',
  '内部资料',
  '扎实推进',
  '圆满完成',
  '任务',
  '稳中向好',
  '显著提升',
  '工作,',
  '会议.',
  '...',
  '"',
  ' ',
  '\u3000',
  '\n',
  '12',
  '2024',
  '𠀀',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...PIECES) },
);
const paragraph = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const paragraphs = fc.array(paragraph, { maxLength: 8 });
const title = fc.oneof(
  fc.constantFrom(...realTitles().slice(0, 50)),
  fc.constantFrom('', '某县召开会议。', '关于(2024)'),
);
const options = fc.constantFrom<NormsOptions>(
  {},
  { titleMaxLength: 12 },
  { disabled: ['halfwidth-punct'] },
  { disabled: ['doc-number-bracket', 'range'] },
  { emptyPhrases: ['稳中向好', '取得…成效'] },
);

function whole(input: { title: string; paragraphs: readonly string[] }, o: NormsOptions) {
  return checkNorms({ title: input.title, body: input.paragraphs.join(PARAGRAPH_SEPARATOR) }, o);
}

describe('checkNormsParagraphs', () => {
  it('gives exactly what checkNorms gives on the joined body (real sentences and loose ends)', () => {
    fc.assert(
      fc.property(title, paragraphs, options, (t, ps, o) => {
        const input = { title: t, paragraphs: ps };
        expect(checkNormsParagraphs(input, o)).toEqual(whole(input, o));
      }),
      { numRuns: 600 },
    );
  });

  it('stays exact through a run of edits with one cache (only changed paragraphs are checked again)', () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'remove', 'type'),
      text: paragraph,
      title,
    });
    fc.assert(
      fc.property(paragraphs, fc.array(edit, { minLength: 1, maxLength: 12 }), options, (start, edits, o) => {
        const cache = createNormsCache();
        let ps = [...start];
        let t = '';
        for (const e of edits) {
          const i = ps.length === 0 ? 0 : e.at % ps.length;
          if (e.kind === 'replace' && ps.length > 0) ps[i] = e.text;
          else if (e.kind === 'insert') ps.splice(i, 0, e.text);
          else if (e.kind === 'remove') ps.splice(i, 1);
          else if (ps.length > 0) {
            const p = ps[i] ?? '';
            const cut = e.at % (p.length + 1);
            ps[i] = p.slice(0, cut) + e.text.slice(0, 3) + p.slice(cut);
          }
          if (e.at % 3 === 0) t = e.title;
          ps = [...ps];
          const input = { title: t, paragraphs: ps };
          expect(checkNormsParagraphs(input, o, cache)).toEqual(whole(input, o));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reaches across paragraphs where checkNorms does: a 文号 broken over a paragraph end, parentheses', () => {
    const cases = [
      ['根据川府发[2024]', '12号文件要求'],
      ['根据川府发[', '2024]12号文件'],
      ['会议(', '一)部署'],
      ['会议(一', '部署)工作'],
      ['全县手机密', '码管理'],
      ['近', '10年来'],
    ];
    for (const ps of cases) {
      const input = { title: '', paragraphs: ps };
      expect(checkNormsParagraphs(input)).toEqual(whole(input, {}));
    }
    const split = checkNormsParagraphs({ title: '', paragraphs: ['根据川府发[2024]', '12号文件要求'] });
    expect(split.map((f) => [f.rule, f.text])).toEqual([['doc-number-bracket', '[2024]']]);
  });

  it('reuses the findings of unchanged paragraphs and maps them to body offsets', () => {
    const cache = createNormsCache();
    const ps = ['投资5-10万元。', '一是压实责任。', '增长30-40%。'];
    const first = checkNormsParagraphs({ title: '', paragraphs: ps }, {}, cache);
    const reused = cache.paragraphs.get(`-${ps[0]}`);
    const second = checkNormsParagraphs(
      { title: '', paragraphs: [ps[0] ?? '', '一是压实责任，强化值守。', ps[2] ?? ''] },
      {},
      cache,
    );
    expect(cache.paragraphs.get(`-${ps[0]}`)).toBe(reused);
    expect(first.map((f) => f.start)).toEqual([2, 22]);
    expect(second.map((f) => [f.start, f.text])).toEqual([
      [2, '5-10万元'],
      [27, '30-40%'],
    ]);
    expect(cache.paragraphs.size).toBe(3);
  });
});
