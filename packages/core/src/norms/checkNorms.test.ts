import { describe, expect, it } from 'vitest';
import { realTitles, seedTexts } from './__fixtures__/realText.ts';
import { checkNorms } from './checkNorms.ts';
import type { NormFinding, NormRuleId } from './types.ts';

function rulesOf(findings: readonly NormFinding[]): string[] {
  return findings.map((f) => `${f.part}:${f.rule}:${f.text}`);
}

const NUMBER_RULES: readonly NormRuleId[] = ['range', 'short-year', 'doc-number-bracket', 'unit-of-measure'];

describe('checkNorms', () => {
  it('stays quiet on the correct forms listed in domain.md', () => {
    const body = [
      '全市GDP增长3.5%，PM2.5平均浓度下降8.1%。',
      '会议于8:30开始，城乡收入比为1∶2。',
      '全市5G基站达到1200个，GDP总量突破万亿元。',
      '预计增长30%~40%，每户补贴5万元~10万元。',
      '2024年全市新增企业1200家，较2019年增长12%。',
      '近10年来，全县连续5年保持全省前列，5年内建成100个示范村。',
      '做好保密工作，密切联系群众。',
      '新建两个服务中心，每亩增产25公斤，新建道路12公里。',
      '根据川府发〔2024〕12号文件精神，',
      '一、总体要求',
      '（一）加强领导',
      '1.构建管理体系',
      '（1）妥善接收各类文件',
      '群众满意度显著提升至98.6%。',
    ].join('\n');
    expect(checkNorms({ title: '某县2024年新增企业1200家', body })).toEqual([]);
  });

  it('finds each rule of formats.md in one item, sorted by part then offset, with UTF-16 offsets', () => {
    const title = '𠀀县经济运行稳中向好。';
    const body = '1、每户补贴5-10万元,较23年底增加，川府发[2024]12号要求每亩增产50斤。\n本刊为内部资料。';
    const findings = checkNorms({ title, body });
    expect(rulesOf(findings)).toEqual([
      'title:empty-phrase:稳中向好',
      'title:title-trailing-punct:。',
      'body:heading-number:1、',
      'body:range:5-10万元',
      'body:halfwidth-punct:,',
      'body:short-year:23年',
      'body:doc-number-bracket:[2024]',
      'body:unit-of-measure:50斤',
      'body:secrecy:内部资料',
    ]);
    expect(findings[0]).toMatchObject({ start: 7, end: 11 });
    for (const f of findings) expect((f.part === 'title' ? title : body).slice(f.start, f.end)).toBe(f.text);
  });

  it('reports a 文号 in ASCII parentheses once, as a 文号 finding, and 一. as a heading', () => {
    expect(rulesOf(checkNorms({ title: '', body: '粤府函(2022)118号\n一.总体要求' }))).toEqual([
      'body:doc-number-bracket:(2022)',
      'body:heading-number:一.',
    ]);
    expect(rulesOf(checkNorms({ title: '', body: '粤府函(2022)118号' }, { disabled: ['doc-number-bracket'] }))).toEqual(
      ['body:halfwidth-punct:(', 'body:halfwidth-punct:)'],
    );
  });

  it('reports a trailing ASCII period of a title once, as trailing punctuation', () => {
    expect(rulesOf(checkNorms({ title: '某县召开会议.', body: '' }))).toEqual(['title:title-trailing-punct:.']);
  });

  it('honours titleMaxLength, emptyPhrases and disabled', () => {
    const input = { title: '某县扎实推进政务公开取得成效', body: '取得了明显成效' };
    expect(rulesOf(checkNorms(input, { titleMaxLength: 10 }))).toEqual([
      'title:title-length:某县扎实推进政务公开取得成效',
      'title:empty-phrase:扎实推进',
    ]);
    expect(rulesOf(checkNorms(input, { emptyPhrases: ['取得…成效'] }))).toEqual([
      'title:empty-phrase:取得成效',
      'body:empty-phrase:取得了明显成效',
    ]);
    expect(checkNorms(input, { disabled: ['empty-phrase'] })).toEqual([]);
  });

  it('applies heading rules to the body only and title rules to the title only', () => {
    expect(checkNorms({ title: '1、某县召开会议', body: '某县召开会议。' })).toEqual([]);
  });
});

describe('checkNorms on real text', () => {
  it('flags in the real titles only what departs from the norms', () => {
    const findings = realTitles().flatMap((title) => checkNorms({ title, body: '' }).map((f) => `${f.rule}:${f.text}`));
    expect(findings).toEqual([
      'title-length:镇沅县出台"134"措施贯彻落实省委九届八次全体(扩大)会议精神',
      'halfwidth-punct:(',
      'halfwidth-punct:)',
      'title-length:银川市创新构建"十联动"行政执法监督机制 打造法治政府建设新标杆',
      'title-length:从"人找政策"到"政策找人":安顺市智能化政策服务体系建设实践',
      'halfwidth-punct::',
      'halfwidth-punct:,',
      'halfwidth-punct:,',
    ]);
  });

  it('finds no number, unit or 文号 problems in the sample essays beyond the one real range', () => {
    const [seed] = seedTexts();
    expect(seed).toBeDefined();
    const text = seed?.text ?? '';
    const findings = checkNorms({ title: '', body: text }).filter((f) => NUMBER_RULES.includes(f.rule));
    expect(findings.map((f) => `${f.rule}:${f.text}→${f.fix}`)).toEqual(['range:1-3→1~3']);
    expect(text.slice(findings[0]?.start ?? 0, (findings[0]?.end ?? 0) + 2)).toBe('1-3月份');
  });

  it('flags the half-width marks of the sample essays, but not its times, 1. headings or ratios', () => {
    const text = seedTexts()[0]?.text ?? '';
    const findings = checkNorms({ title: '', body: text });
    const covered = new Set(findings.flatMap((f) => Array.from({ length: f.end - f.start }, (_, k) => f.start + k)));
    const missed: string[] = [];
    for (let i = 0; i < text.length; i += 1) {
      if (/[,.;:?!()]/.test(text.charAt(i)) && !covered.has(i)) missed.push(text.slice(i - 2, i + 3));
    }
    // The colons of a time, and 1. 2. 3. 4. headings, which are correct.
    expect(missed).toEqual(['01:29', '29:29', '\n1.构建', '\n2.模糊', '\n1.机关', '\n2.机关', '\n3.档案', '\n4.信息']);
    for (const f of findings.filter((x) => x.rule === 'halfwidth-punct')) {
      expect(f.fix).toMatch(/^[，；：？！（）]$/);
    }
  });

  it('finds in the sample essays the secrecy words it mentions and its one unbacked empty phrase', () => {
    const text = seedTexts()[0]?.text ?? '';
    const findings = checkNorms({ title: '', body: text });
    expect(findings.filter((f) => f.rule === 'secrecy').map((f) => f.text)).toEqual(['机密', '秘密', '内部资料']);
    expect(findings.filter((f) => f.rule === 'empty-phrase').map((f) => f.text)).toEqual(['扎实推进']);
    for (const f of findings.filter((x) => x.rule === 'heading-number')) {
      expect(f.text).toMatch(/^(?:\d{1,2}、|\([一二三四五六七八九十]+\)|\(\d\))$/);
      expect(f.start === 0 || text.charAt(f.start - 1) === '\n').toBe(true);
    }
  });
});
