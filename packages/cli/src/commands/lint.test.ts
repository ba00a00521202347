import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbookXlsx } from '@caibian/core/io';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../io.ts';
import { lintCommand, stripMarkdown, textToItem } from './lint.ts';

const dir = mkdtempSync(join(tmpdir(), 'caibian-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd: dir,
  };
  return { out, io };
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

async function docx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const body = paragraphs
    .map((p) =>
      p === ''
        ? '<w:p/>'
        : `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`,
    )
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

interface Row {
  item: number | string;
  rule: string;
  part: string;
  start: number;
  end: number;
  text: string;
  message: string;
  fix: string | null;
}

async function lintJson(file: string): Promise<Row[]> {
  const { out, io } = capture();
  expect(await lintCommand.run([file, '--format', 'json'], io)).toBe(0);
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout) as Row[];
}

const ITEM =
  '\n\n某县24年3月召开政务公开推进会。\n\n1、每户补贴5-10万元,覆盖全县。经济运行稳中向好\n依据川府发[2024]12号文件\n';

describe('caibian lint', () => {
  it('prints the JSON of formats.md for a text file: title from the first non-empty line, offsets per part', async () => {
    const rows = await lintJson(write('item.txt', ITEM));
    expect(rows.map((r) => `${r.item}:${r.part}:${r.rule}:${r.text}:${r.fix}`)).toEqual([
      '1:title:short-year:24年:null',
      '1:title:title-trailing-punct:。:',
      '1:body:heading-number:1、:1.',
      '1:body:range:5-10万元:5万元~10万元',
      '1:body:halfwidth-punct:,:，',
      '1:body:empty-phrase:稳中向好:null',
      '1:body:doc-number-bracket:[2024]:〔2024〕',
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual(['item', 'rule', 'part', 'start', 'end', 'text', 'message', 'fix']);
    expect(rows[0]).toMatchObject({ start: 2, end: 5 });
    const { body } = textToItem(ITEM);
    for (const row of rows.filter((r) => r.part === 'body')) expect(body.slice(row.start, row.end)).toBe(row.text);
    expect(rows.every((r) => /[\u4e00-\u9fff]/.test(r.message))).toBe(true);
  });

  it('prints a readable Chinese list by default, with position, rule, message and suggested fix', async () => {
    const { out, io } = capture();
    expect(await lintCommand.run([write('list.txt', ITEM)], io)).toBe(0);
    expect(out.stdout).toContain('list.txt：发现 7 处可能不符合写作规范');
    expect(out.stdout).toContain('标题 第3字  [年份简写 short-year]  “24年”');
    expect(out.stdout).toContain('正文 第1行第7字  [数值范围 range]  “5-10万元”');
    expect(out.stdout).toContain('建议改为：“5万元~10万元”');
    expect(out.stdout).toContain('建议：删去“。”');
    expect(out.stdout).toContain('正文 第2行第6字  [文号括号 doc-number-bracket]');
  });

  it('says so when nothing is found, and exits 0', async () => {
    const { out, io } = capture();
    expect(await lintCommand.run([write('clean.txt', '惠安县召开政务公开推进会\n全县GDP增长3.5%。')], io)).toBe(0);
    expect(out.stdout).toBe('clean.txt：未发现不符合写作规范之处。\n');
  });

  it('reads GB18030 text as Excel and WPS save it on Chinese Windows', async () => {
    const gb = [
      187, 221, 176, 178, 207, 216, 213, 217, 191, 170, 213, 254, 206, 241, 185, 171, 191, 170, 205, 198, 189, 248, 187,
      225, 161, 163, 10, 187, 225, 210, 233, 210, 170, 199, 243, 212, 250, 202, 181, 205, 198, 189, 248, 213, 254, 206,
      241, 185, 171, 191, 170,
    ];
    const rows = await lintJson(write('gbk.txt', new Uint8Array(gb)));
    expect(rows.map((r) => `${r.part}:${r.rule}:${r.text}`)).toEqual([
      'title:title-trailing-punct:。',
      'body:empty-phrase:扎实推进',
    ]);
  });

  it('strips Markdown markers from line starts', async () => {
    const md = '# 某县召开推进会。\n\n- 1、每户补贴5-10万元\n**经济运行稳中向好**\n---\n';
    expect(stripMarkdown(md)).toBe('某县召开推进会。\n\n1、每户补贴5-10万元\n经济运行稳中向好\n\n');
    const rows = await lintJson(write('item.md', md));
    expect(rows.map((r) => `${r.part}:${r.rule}:${r.start}:${r.text}`)).toEqual([
      'title:title-trailing-punct:7:。',
      'body:heading-number:0:1、',
      'body:range:6:5-10万元',
      'body:empty-phrase:17:稳中向好',
    ]);
  });

  it('reads the paragraphs of a .docx', async () => {
    const bytes = await docx(['', '某县召开推进会。', '1、每户补贴5-10万元', '依据川府发[2024]12号文件 &amp; 通知']);
    const rows = await lintJson(write('item.docx', bytes));
    expect(rows.map((r) => `${r.part}:${r.rule}:${r.text}`)).toEqual([
      'title:title-trailing-punct:。',
      'body:heading-number:1、',
      'body:range:5-10万元',
      'body:doc-number-bracket:[2024]',
    ]);
  });

  it('exits 1 naming the file when it is missing, unreadable or of an unknown kind', async () => {
    const cases: [string, string][] = [
      ['missing.txt', '找不到文件 missing.txt'],
      [write('broken.docx', 'not a zip'), '无法读取 Word 文件 broken.docx'],
      [write('bad.txt', new Uint8Array([0xff, 0xff, 0xff, 0x80])), '无法识别文本编码'],
      [write('old.doc', 'x'), 'old.doc：不支持旧版 Word/WPS 格式'],
      [write('pic.png', 'x'), 'pic.png：不支持的文件类型“.png”'],
    ];
    for (const [file, message] of cases) {
      const { out, io } = capture();
      expect(await lintCommand.run([file], io)).toBe(1);
      expect(out.stderr).toContain(message);
      expect(out.stdout).toBe('');
    }
    const { out, io } = capture();
    const zip = new JSZip();
    zip.file('other.xml', '<x/>');
    write('empty.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(await lintCommand.run(['empty.docx'], io)).toBe(1);
    expect(out.stderr).toContain('empty.docx');
  });

  it('checks every 报送 title of a folder of CSV files, item = 编号, each item and title once', async () => {
    mkdirSync(join(dir, '登记簿'), { recursive: true });
    const csv = [
      '编号 ,标题,报送单位,报送日期,报送级别',
      'X-001,某县召开政务公开推进会。,某县,2024-03-05,市',
      'X-001,某县召开政务公开推进会。,某县,2024-03-06,省',
      'X-002,惠安县召开政务公开推进会,惠安县,2024-03-05,市',
      ',"某县投资5-10万元,建设便民服务站",某县,2024-03-07,市',
    ].join('\n');
    write('登记簿/报送.csv', csv);
    write('登记簿/单位.csv', '单位名称\n某县\n');
    const rows = await lintJson('登记簿');
    expect(rows.map((r) => `${r.item}:${r.part}:${r.rule}:${r.text}`)).toEqual([
      'X-001:title:title-trailing-punct:。',
      '5:title:range:5-10万元',
      '5:title:halfwidth-punct:,',
    ]);
    const { out, io } = capture();
    expect(await lintCommand.run(['登记簿'], io)).toBe(0);
    expect(out.stdout).toContain('编号 X-001 标题 第12字');
  });

  it('checks the 报送 titles of an .xlsx workbook', async () => {
    const bytes = await writeWorkbookXlsx({
      sheets: [
        { name: '单位', rows: [['单位名称'], ['某县']] },
        {
          name: '报送',
          rows: [
            ['编号', '标题'],
            [17, '某县24年3月召开推进会'],
          ],
        },
      ],
    });
    const rows = await lintJson(write('records.xlsx', bytes));
    expect(rows.map((r) => `${r.item}:${r.rule}:${r.text}`)).toEqual(['17:short-year:24年']);
  });

  it('exits 1 naming the workbook when it has no 报送 sheet or no 标题 column, or cannot be read', async () => {
    mkdirSync(join(dir, '空簿'), { recursive: true });
    write('空簿/单位.csv', '单位名称\n某县\n');
    write('无标题.csv', '编号\nX-1\n');
    write('报送.csv', '编号\nX-1\n');
    const cases: [string, string][] = [
      ['空簿', '空簿：没有“报送”工作表'],
      ['报送.csv', '报送.csv 工作表“报送”第1行：缺少“标题”列'],
      ['无标题.csv', '无标题.csv：没有“报送”工作表'],
      [write('bad.xlsx', 'not a workbook'), 'bad.xlsx'],
      ['missing.xlsx', 'missing.xlsx'],
    ];
    for (const [file, message] of cases) {
      const { out, io } = capture();
      expect(await lintCommand.run([file], io)).toBe(1);
      expect(out.stderr).toContain(message);
    }
  });

  it('throws a usage error (exit 2 through main) for missing or extra arguments and unknown options', async () => {
    const { io } = capture();
    await expect(lintCommand.run([], io)).rejects.toThrow(UsageError);
    await expect(lintCommand.run(['a.txt', 'b.txt'], io)).rejects.toThrow(/一次只检查一个文件/);
    await expect(lintCommand.run(['a.txt', '--format', 'xml'], io)).rejects.toThrow(/--format 只能是 text 或 json/);
    await expect(lintCommand.run(['a.txt', '--format'], io)).rejects.toThrow(UsageError);
    await expect(lintCommand.run(['a.txt', '--fix'], io)).rejects.toThrow(/未知选项“--fix”/);
    expect(lintCommand.name).toEqual(['lint']);
  });

  it('accepts --format=json', async () => {
    const { out, io } = capture();
    expect(await lintCommand.run([write('eq.txt', '某县召开会议。'), '--format=json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([
      {
        item: 1,
        rule: 'title-trailing-punct',
        part: 'title',
        start: 6,
        end: 7,
        text: '。',
        message: '标题末尾不加标点符号，应删去“。”。',
        fix: '',
      },
    ]);
  });
});
