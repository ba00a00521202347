// @vitest-environment node
// Word output must run without a DOM (the command line uses it), so these tests run in Node.
import { describe, expect, it } from 'vitest';
import { anIssue, anItem, eastAsiaFonts, paragraphs, paragraphWith, readDocx, textOf } from './__tests__/readDocx.ts';
import { bulletinToDocx } from './bulletinToDocx.ts';
import { documentFromText } from './documentFromText.ts';

const issue = anIssue({
  secrecy: '内部资料',
  items: [
    anItem('我市新增市场主体1.2万户', '今年以来，全市新增市场主体1.2万户。\n\n一、主要做法\n\n一是简化审批流程。'),
    anItem('县区政务服务事项网上可办率达98.6%', '全市推行“一网通办”。', null),
  ],
});

describe('bulletinToDocx: the 报头', () => {
  it('prints the name large and red in 方正小标宋简体, centred, with the 期号 under it', async () => {
    const { document } = await readDocx(await bulletinToDocx(issue));
    const name = paragraphWith(document, '政务信息');
    expect(name).toContain('<w:color w:val="FF0000"/>');
    expect(name).toContain('<w:sz w:val="84"/>');
    expect(name).toContain('<w:jc w:val="center"/>');
    expect(eastAsiaFonts(name)).toEqual(['方正小标宋简体']);
    expect(paragraphWith(document, '〔2024〕第12期')).toContain('<w:jc w:val="center"/>');
  });

  it('puts the editing unit at the left and the Chinese date at the right over a red rule', async () => {
    const { document } = await readDocx(await bulletinToDocx(issue));
    const line = paragraphWith(document, '市人民政府办公室编');
    expect(line).toMatch(/市人民政府办公室编<\/w:t><w:tab\/><w:t xml:space="preserve">2024年3月5日</);
    expect(line).toContain('<w:tab w:val="right" w:pos="8845"/>');
    expect(line).toContain('<w:bottom w:val="single" w:color="FF0000" w:sz="18" w:space="4"/>');
  });

  it('marks the 密级 at the top left in 黑体 where given, and leaves the line empty otherwise', async () => {
    const marked = paragraphs((await readDocx(await bulletinToDocx(issue))).document)[0] ?? '';
    expect(textOf(marked)).toBe('内部资料');
    expect(eastAsiaFonts(marked)).toEqual(['黑体']);
    expect(marked).not.toContain('<w:jc ');
    const open = paragraphs((await readDocx(await bulletinToDocx(anIssue()))).document)[0] ?? '';
    expect(textOf(open)).toBe('');
  });
});

describe('bulletinToDocx: the items', () => {
  it('sets the items in order, each title in 2号 方正小标宋简体 centred, then the body and the unit', async () => {
    const { document } = await readDocx(await bulletinToDocx(issue));
    const texts = paragraphs(document).map(textOf);
    const first = texts.indexOf('我市新增市场主体1.2万户');
    const second = texts.indexOf('县区政务服务事项网上可办率达98.6%');
    expect(first).toBeGreaterThan(texts.indexOf('市人民政府办公室编2024年3月5日'));
    expect(texts.slice(first, second)).toEqual([
      '我市新增市场主体1.2万户',
      '今年以来，全市新增市场主体1.2万户。',
      '一、主要做法',
      '一是简化审批流程。',
      '（市发展改革委）',
      '',
    ]);
    expect(texts[second + 1]).toBe('全市推行“一网通办”。');
    const title = paragraphWith(document, '县区政务服务事项');
    expect(eastAsiaFonts(title)).toEqual(['方正小标宋简体']);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(eastAsiaFonts(paragraphWith(document, '一、主要做法'))).toEqual(['黑体']);
    expect(eastAsiaFonts(paragraphWith(document, '今年以来'))).toEqual(['仿宋_GB2312']);
  });

  it('takes structured documents from the workbench in place of the plain-text items', async () => {
    const documents = [documentFromText('结构化标题', '结构化正文。', '市统计局')];
    const { document } = await readDocx(await bulletinToDocx(issue, { documents }));
    const text = textOf(document);
    expect(text).toContain('结构化标题结构化正文。（市统计局）');
    expect(text).not.toContain('我市新增市场主体');
  });
});

describe('bulletinToDocx: the 报尾', () => {
  it('lists 报/送 recipients at the left and 共印N份 at the right, between two rules, after the last item', async () => {
    const { document } = await readDocx(await bulletinToDocx(issue));
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    const [left = '', right = ''] = table.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
    expect(paragraphs(left).map(textOf)).toEqual(['报：省政府办公厅。', '送：市委各部门，市政协办公室。']);
    expect(textOf(right)).toBe('共印50份');
    expect(right).toContain('<w:jc w:val="right"/>');
    expect(table).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(table).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    expect(document.indexOf('<w:tbl>')).toBeGreaterThan(document.indexOf('全市推行“一网通办”。'));
  });

  it('floats at the bottom of the text block, so it sits at the foot of the last page', async () => {
    const { document } = await readDocx(await bulletinToDocx(issue));
    expect(document).toMatch(/<w:tblpPr [^>]*w:tblpYSpec="bottom"[^>]*w:vertAnchor="margin"/);
    expect(document).not.toContain('<w:tblOverlap');
  });

  it('prints 发 when given, and wraps a long list under the first name', async () => {
    const to = { 报: [], 送: [], 发: ['各县（市、区）人民政府', '市政府各部门'] };
    const { document } = await readDocx(await bulletinToDocx(anIssue({ to, copies: 120 })));
    const line = paragraphWith(document, '发：');
    expect(textOf(line)).toBe('发：各县（市、区）人民政府，市政府各部门。');
    expect(line).toContain('<w:ind w:left="960" w:hanging="640"/>');
    expect(textOf(document)).not.toContain('报：');
    expect(textOf(document)).toContain('共印120份');
  });

  it('names the file after the bulletin and its 期号', async () => {
    const { core } = await readDocx(await bulletinToDocx(issue));
    expect(core).toContain('<dc:title>政务信息 〔2024〕第12期</dc:title>');
  });
});
