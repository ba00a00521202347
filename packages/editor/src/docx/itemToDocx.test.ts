// @vitest-environment node
// Word output must run without a DOM (the command line uses it), so these tests run in Node.
import { describe, expect, it } from 'vitest';
import { aDocument, eastAsiaFonts, para, paragraphWith, readDocx, textOf } from './__tests__/readDocx.ts';
import { itemToDocx } from './itemToDocx.ts';
import { PAGE } from './layout.ts';

const sample = aDocument(
  [
    para('今年以来，我市坚持把优化营商环境作为“一把手”工程。'),
    { kind: 'heading', level: 1, runs: [{ text: '一、总体情况' }] },
    { kind: 'heading', level: 2, runs: [{ text: '（一）主要做法' }] },
    { kind: 'heading', level: 3, runs: [{ text: '1.简化审批' }] },
    { kind: 'heading', level: 4, runs: [{ text: '（1）压缩时限' }] },
    { kind: 'paragraph', runs: [{ text: '一是', bold: true }, { text: '推行“一网通办”。' }] },
    { kind: 'list', ordered: true, items: [[{ text: '第一项' }], [{ text: '第二项' }]] },
    {
      kind: 'table',
      rows: [
        [[{ text: '指标' }], [{ text: '数值' }]],
        [[{ text: '新增市场主体' }], [{ text: '1.2万户' }]],
      ],
    },
  ],
  { unit: '市发展改革委' },
);

describe('itemToDocx: the GB/T 9704-2012 page', () => {
  it('sets an A4 page with 37 mm top, 35 mm bottom, 28 mm binding and 26 mm right margins', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // The text block is 156 × 225 mm.
    expect((11906 - 1587 - 1474) / 56.6929).toBeCloseTo(156, 0);
    expect((16838 - 2098 - 1984) / 56.6929).toBeCloseTo(225, 0);
  });

  it('puts 22 lines on a page: a line grid of 579 twips, and every line exactly one pitch', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579" w:charSpace="-842"/>');
    expect(22 * 579).toBeLessThanOrEqual(PAGE.textHeight);
    expect(23 * 579).toBeGreaterThan(PAGE.textHeight);
    const body = paragraphWith(document, '今年以来');
    expect(body).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
  });

  it('fits 28 characters of 3号 on a line: condensed by 6 twips, 28 fit and 29 do not', async () => {
    const { styles } = await readDocx(await itemToDocx(sample));
    const defaults = /<w:rPrDefault>.*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:spacing w:val="-6"/>');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(eastAsiaFonts(defaults)).toEqual(['仿宋_GB2312']);
    const pitch = 320 - 6;
    expect(28 * pitch).toBeLessThanOrEqual(PAGE.textWidth);
    expect(29 * pitch).toBeGreaterThan(PAGE.textWidth);
    // The Normal (正文) style a user types into is the same 3号 仿宋_GB2312.
    const normal = /<w:style w:type="paragraph" w:styleId="Normal".*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(eastAsiaFonts(normal)).toEqual(['仿宋_GB2312']);
    expect(normal).toContain('<w:sz w:val="32"/>');
  });

  it('numbers pages "— N —" in 4号 宋体, right on odd pages and left on even pages', async () => {
    const { settings, footers } = await readDocx(await itemToDocx(sample));
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const odd = footers.default ?? '';
    const even = footers.even ?? '';
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t><w:fldChar w:fldCharType="begin"\/>/);
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('<w:t xml:space="preserve"> —</w:t>');
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(eastAsiaFonts(footer)).toEqual(['宋体']);
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toContain('<w:ind w:right="280"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toContain('<w:ind w:left="280"/>');
  });
});

describe('itemToDocx: the item', () => {
  it('sets the title in 2号 方正小标宋简体, centred, followed by an empty line', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    const title = paragraphWith(document, '我市新增市场主体1.2万户');
    expect(eastAsiaFonts(title)).toEqual(['方正小标宋简体']);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const after = document.slice(document.indexOf(title) + title.length);
    expect(textOf(/<w:p>.*?<\/w:p>/.exec(after)?.[0] ?? 'missing')).toBe('');
  });

  it('sets the body in 3号 仿宋_GB2312 with a two-character first-line indent, bold where marked', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    const body = paragraphWith(document, '今年以来');
    expect(eastAsiaFonts(body)).toEqual(['仿宋_GB2312']);
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
    const points = paragraphWith(document, '一是');
    const runs = points.match(/<w:r>.*?<\/w:r>/g) ?? [];
    expect(runs.map((run) => [textOf(run), run.includes('<w:b/>')])).toEqual([
      ['一是', true],
      ['推行“一网通办”。', false],
    ]);
  });

  it('sets level-1 headings in 黑体, level 2 in 楷体_GB2312, level 3 in bold 仿宋 and level 4 in 仿宋', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    const h1 = paragraphWith(document, '一、总体情况');
    const h2 = paragraphWith(document, '（一）主要做法');
    const h3 = paragraphWith(document, '1.简化审批');
    const h4 = paragraphWith(document, '（1）压缩时限');
    expect(eastAsiaFonts(h1)).toEqual(['黑体']);
    expect(eastAsiaFonts(h2)).toEqual(['楷体_GB2312']);
    expect(eastAsiaFonts(h3)).toEqual(['仿宋_GB2312']);
    expect(eastAsiaFonts(h4)).toEqual(['仿宋_GB2312']);
    expect(h3).toContain('<w:b/>');
    expect(h1 + h2 + h4).not.toContain('<w:b/>');
    for (const h of [h1, h2, h3, h4]) expect(h).toContain('<w:sz w:val="32"/>');
  });

  it('writes lists as numbered paragraphs and tables as bordered tables as wide as the text', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    expect(textOf(paragraphWith(document, '第二项'))).toBe('2.第二项');
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(textOf(table)).toBe('指标数值新增市场主体1.2万户');
    expect(table).toContain('<w:gridCol w:w="4422"/><w:gridCol w:w="4422"/>');
    expect(table).toMatch(/<w:top w:val="single"/);
  });

  it('ends with the unit in parentheses at the right, unless asked not to', async () => {
    const { document } = await readDocx(await itemToDocx(sample));
    expect(paragraphWith(document, '（市发展改革委）')).toContain('<w:jc w:val="right"/>');
    const without = await readDocx(await itemToDocx(sample, { showUnit: false }));
    expect(textOf(without.document)).not.toContain('市发展改革委');
  });

  it('writes text from users as text: markup stays literal and characters XML cannot hold are dropped', async () => {
    const doc = aDocument([para('<w:p>&amp; **不加粗** <b>标签</b>\u0007结束')], { title: 'A&B <i>标题</i>' });
    const { document, core } = await readDocx(await itemToDocx(doc));
    expect(textOf(document)).toContain('<w:p>&amp; **不加粗** <b>标签</b>结束');
    expect(document).toContain('&lt;w:p&gt;&amp;amp; **不加粗**');
    expect(document).not.toContain('<b>');
    expect(textOf(paragraphWith(document, 'A&B'))).toBe('A&B <i>标题</i>');
    expect(core).toContain('A&amp;B &lt;i&gt;标题&lt;/i&gt;');
  });
});
