import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../io.ts';
import { matchCommand } from './match.ts';

function capture(cwd: string): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    out: () => out,
    err: () => err,
  };
}

/** A folder with a 报送.csv workbook and a notice CSV. */
function fixture(notice: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'caibian-match-'));
  const book = join(dir, 'book');
  mkdirSync(book);
  writeFileSync(
    join(book, '报送.csv'),
    [
      '编号,标题,报送单位,报送日期,报送级别',
      'XX-01,宣汉县多措并举优化营商环境 新增市场主体3210户,宣汉县政府办公室,2024-03-05,市',
      'XX-01,宣汉县多措并举优化营商环境 新增市场主体3210户,宣汉县政府办公室,2024-03-09,省',
      'XX-02,开江县扎实推进春耕备耕 落实种子860吨,开江县政府办公室,2024-03-08,市',
      'XX-03,平昌县抓好春耕备耕工作,平昌县政府办公室,2024-03-09,市',
      'XX-04,达川区强化安全生产监管 排查隐患1326处,达川区应急管理局,2024-03-10,市',
    ].join('\n'),
  );
  writeFileSync(join(dir, '通报.csv'), `\uFEFF${notice}`);
  return dir;
}

const NOTICE = [
  '标题,单位,刊物',
  '宣汉新增市场主体3210户,,每日要情',
  '开江、平昌等地全力抓好春耕备耕,,政务要情',
  '永春县多措并举优化营商环境,,每日要情',
].join('\n');

describe('caibian match', () => {
  it('prints the JSON of formats.md: a match, a combined row and a row matching nothing', async () => {
    const io = capture(fixture(NOTICE));
    const status = await matchCommand.run(['通报.csv', '--against', 'book', '--format', 'json'], io);
    expect(io.err()).toBe('');
    expect(status).toBe(0);
    const rows = JSON.parse(io.out()) as {
      row: number;
      match: string | null;
      matches: string[];
      confidence: number;
      candidates: { id: string; title: string; score: number }[];
    }[];
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({ row: 1, title: '宣汉新增市场主体3210户', match: 'XX-01', matches: ['XX-01'] });
    expect(rows[1]?.matches.slice().sort()).toEqual(['XX-02', 'XX-03']);
    expect(rows[2]).toMatchObject({ match: null, matches: [] });
    for (const r of rows) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const c of r.candidates) expect(Object.keys(c)).toEqual(['id', 'title', 'score']);
    }
  });

  it('prints a Chinese summary by default', async () => {
    const io = capture(fixture(NOTICE));
    expect(await matchCommand.run(['通报.csv', '--against', 'book'], io)).toBe(0);
    expect(io.out()).toContain('第1行 宣汉新增市场主体3210户');
    expect(io.out()).toContain('共 3 行');
  });

  it('exits 1 naming the file when the notice has no 标题 column, and 2 on a usage error', async () => {
    const io = capture(fixture('题名,单位\n某某,宣汉'));
    expect(await matchCommand.run(['通报.csv', '--against', 'book'], io)).toBe(1);
    expect(io.err()).toContain('标题');
    await expect(matchCommand.run(['通报.csv'], io)).rejects.toThrow('--against');
  });
});
