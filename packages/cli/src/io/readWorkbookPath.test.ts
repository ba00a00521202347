import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, type Problem, type Result } from '@caibian/core';
import { writeCsv, writeWorkbookXlsx } from '@caibian/core/io';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookPath } from './readWorkbookPath.ts';

const HEADER = ['编号', '标题', '报送单位', '报送日期', '报送级别'];
const ROW = ['A1', '甲县推进春耕', '甲县', '2024-03-05', '市'];

/** GBK bytes of the few characters these tests write, as Excel on Chinese Windows would save them. */
function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  const decoder = new TextDecoder('gbk');
  const wanted = new Set([...text].filter((ch) => ch.charCodeAt(0) >= 0x80));
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe && table.size < wanted.size; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  for (const ch of text) bytes.push(...(table.get(ch) ?? [ch.charCodeAt(0)]));
  return new Uint8Array(bytes);
}

const messages = (r: Result<unknown, Problem>) => (r.ok ? [] : r.problems.map(formatProblem));

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caibian-read-'));
  writeFileSync(join(dir, '登记簿.xlsx'), await writeWorkbookXlsx({ sheets: [{ name: '报送', rows: [HEADER, ROW] }] }));
  writeFileSync(join(dir, '报送.csv'), writeCsv([HEADER, ROW], { bom: true }));
  mkdirSync(join(dir, '导出'));
  writeFileSync(join(dir, '导出', '单位.csv'), gbk('单位名称\r\n甲县\r\n'));
  writeFileSync(join(dir, '导出', '报送.csv'), gbk(writeCsv([HEADER, ROW])));
  writeFileSync(join(dir, '导出', '说明.txt'), 'ignored');
  mkdirSync(join(dir, '空'));
  writeFileSync(join(dir, '说明.txt'), 'x');
  writeFileSync(join(dir, '坏.xlsx'), 'not a zip');
});

describe('readWorkbookPath', () => {
  it('reads a .xlsx file', async () => {
    const r = await readWorkbookPath('登记簿.xlsx', { cwd: dir });
    expect(r.ok && r.value).toEqual({ file: '登记簿.xlsx', sheets: [{ name: '报送', rows: [HEADER, ROW] }] });
  });

  it('reads a .csv file as the sheet named after it', async () => {
    const r = await readWorkbookPath(join(dir, '报送.csv'));
    expect(r.ok && r.value.sheets).toEqual([{ name: '报送', rows: [HEADER, ROW] }]);
  });

  it('reads a folder of GBK .csv files named after the sheets, ignoring other files', async () => {
    const r = await readWorkbookPath('导出', { cwd: dir });
    expect(r.ok && r.value).toEqual({
      file: '导出',
      sheets: [
        { name: '单位', rows: [['单位名称'], ['甲县']] },
        { name: '报送', rows: [HEADER, ROW] },
      ],
    });
  });

  it('names the path in Chinese when it is missing, of an unsupported type, empty or corrupt', async () => {
    expect(messages(await readWorkbookPath('没有.xlsx', { cwd: dir }))).toEqual([
      '没有.xlsx：找不到该文件或文件夹：请检查路径是否正确',
    ]);
    expect(messages(await readWorkbookPath('登记簿.xlsx/报送.csv', { cwd: dir }))).toEqual([
      '登记簿.xlsx/报送.csv：找不到该文件或文件夹：请检查路径是否正确',
    ]);
    expect(messages(await readWorkbookPath('说明.txt', { cwd: dir }))).toEqual([
      '说明.txt：不支持“.txt”文件：应为 .xlsx 文件、.csv 文件或包含 .csv 文件的文件夹',
    ]);
    expect(messages(await readWorkbookPath('空', { cwd: dir }))).toEqual([
      '空：文件夹中没有 .csv 文件：应有以工作表命名的 .csv 文件，如 单位.csv、报送.csv',
    ]);
    expect(messages(await readWorkbookPath('坏.xlsx', { cwd: dir }))).toEqual([
      '坏.xlsx：无法读取：文件不是 Excel 工作簿（.xlsx），或已损坏',
    ]);
  });
});
