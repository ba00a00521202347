import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '@caibian/core/io';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const root = mkdtempSync(join(tmpdir(), 'caibian-score-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** Writes a records workbook as a folder of CSV files, one per sheet, and returns its path. */
function workbook(sheets: Record<string, string[]>): string {
  folders += 1;
  const dir = join(root, `wb${folders}`);
  mkdirSync(dir);
  for (const [name, lines] of Object.entries(sheets)) writeFileSync(join(dir, `${name}.csv`), `${lines.join('\n')}\n`);
  return dir;
}

async function run(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const status = await main(args, {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    cwd: root,
  });
  return { status, ...out };
}

const UNITS = [
  '单位名称,分组,上级单位',
  '海州区,县区组,',
  '连云区,县区组,',
  '赣榆区,县区组,',
  '海州区直报点,,海州区',
  '市发改委,部门组,',
];
const ROUTES = [
  '编号,标题,报送单位,报送日期,报送级别,报送途径,信息类别',
  'A1,海州区推行一网通办审批提速,海州区,2024-03-01,市,直报,动态',
  'A1,海州区推行一网通办审批提速,海州区,2024-03-10,省,转报,动态',
  'A2,连云区港口吞吐量增长12%,连云区,2024-03-02,市,直报,动态',
  'A3,关于加快县域经济发展的调研,市发改委、赣榆区,2024-03-03,市,直报,调研',
  'A4,海州区直报点用工情况,海州区直报点,2024-03-05,市,直报,动态',
];
const ADOPTIONS = [
  '编号,标题,采用级别,采用刊物,采用形式,采用日期',
  'A1,,市,昨日情况,单条,2024-03-02',
  'A1,,省,信息简报,单条,2024-03-15',
  'A2,,市,昨日情况,简讯,2024-03-04',
  'A3,,市,政务建议,单篇,2024-03-08',
  'A4,,市,昨日情况,单条,2024-04-02',
];
const INSTRUCTIONS = [
  '编号,批示领导,领导级别,领导类别,批示日期,所在刊物',
  'A3,某市长,市,主要领导,2024-03-12,政务建议',
  'A1,某副省长,省,其他领导,2024-03-20,信息简报',
];
const march = () => workbook({ 单位: UNITS, 报送: ROUTES, 采用: ADOPTIONS, 批示: INSTRUCTIONS });

describe('caibian score', () => {
  it('prints the JSON of formats.md: groups of rows with rank, unit and score, parents collecting their points', async () => {
    const { status, stdout } = await run(
      'score',
      march(),
      '--scheme',
      'lianyungang',
      '--period',
      '2024-03',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.scheme).toBe('lianyungang');
    expect(json.period).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    const rows = (group: string) =>
      json.groups
        .find((g: { group: string }) => g.group === group)
        .rows.map((r: { rank: number; unit: string; score: number }) => [r.rank, r.unit, r.score]);
    // 海州区: 昨日情况 3 + 信息简报 10 + 选用报省 2 + 省领导批示 50; A4 is adopted in April, outside the period.
    expect(rows('县区组')).toEqual([
      [1, '海州区', 65],
      [2, '赣榆区', 15],
      [3, '连云区', 1],
    ]);
    expect(rows('部门组')).toEqual([[1, '市发改委', 15]]);
  });

  it('explains every point with its record and clause', async () => {
    const { status, stdout } = await run(
      'score',
      march(),
      '--scheme',
      'lianyungang',
      '--period',
      '2024-03',
      '--explain',
    );
    expect(status).toBe(0);
    expect(stdout).toContain('海州区：65 分');
    expect(stdout).toMatch(/\+50 +2024-03-20 批示 信息 A1：省级其他领导（某副省长）/);
    expect(stdout).toContain('联合信息，分得 1/2');
    expect(stdout).toContain('【部门组】');
  });

  it('ranks only the group asked for, and names a group that does not exist', async () => {
    const one = await run(
      'score',
      march(),
      '--scheme',
      'lianyungang',
      '--period',
      '2024-03',
      '--group',
      '部门组',
      '--format',
      'json',
    );
    expect(JSON.parse(one.stdout).groups.map((g: { group: string }) => g.group)).toEqual(['部门组']);
    const none = await run('score', march(), '--scheme', 'lianyungang', '--group', '乡镇组');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('没有分组“乡镇组”');
  });

  it('writes the ranking notice as CSV and as an xlsx workbook', async () => {
    const dir = march();
    const csv = await run(
      'score',
      dir,
      '--scheme',
      'lianyungang',
      '--period',
      '2024-03',
      '--format',
      'csv',
      '--out',
      'notice.csv',
    );
    expect(csv.status).toBe(0);
    const text = readFileSync(join(root, 'notice.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('县区组,1,海州区,65,');
    const xlsx = await run(
      'score',
      dir,
      '--scheme',
      'lianyungang',
      '--period',
      '2024-03',
      '--format',
      'xlsx',
      '--out',
      'notice.xlsx',
    );
    expect(xlsx.status).toBe(0);
    const book = await readWorkbookFile(new Uint8Array(readFileSync(join(root, 'notice.xlsx'))), 'notice.xlsx');
    expect(book.ok && book.value.sheets[0]?.rows.some((r) => r.join(',').startsWith('县区组,1,海州区,65'))).toBe(true);
  });

  it('gives an averaging method a null score for a unit with nothing to average, ranked last', async () => {
    const dir = workbook({
      单位: ['单位名称', '梅江区', '梅县区'],
      报送: ['编号,标题,报送单位,报送日期,报送级别,信息类别', 'E1,梅江区突发山洪已转移群众,梅江区,2024-05-01,市,紧急'],
      采用: ['编号,采用级别,采用刊物,采用形式,采用日期', 'E1,市,突发事件专报,专报,2024-05-02'],
    });
    const { status, stdout } = await run(
      'score',
      dir,
      '--scheme',
      'meizhou-emergency',
      '--period',
      '2024',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const rows = JSON.parse(stdout).groups[0].rows;
    expect(rows.map((r: { rank: number; unit: string; score: number | null }) => [r.rank, r.unit, r.score])).toEqual([
      [1, '梅江区', 5],
      [2, '梅县区', null],
    ]);
    expect(JSON.parse(stdout).groups[0].group).toBe('全部');
  });

  it('stops on an 采用 row whose title fits no item, naming the row, unless told to skip it', async () => {
    const dir = workbook({
      单位: UNITS,
      报送: ROUTES,
      采用: [
        '编号,标题,采用级别,采用刊物,采用日期',
        ',连云区港口吞吐量增长,市,昨日情况,2024-03-20',
        ',全省秋粮收购进展顺利,市,昨日情况,2024-03-21',
      ],
    });
    const stopped = await run('score', dir, '--scheme', 'lianyungang', '--period', '2024-03');
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('工作表“采用” 第2行：无编号，按标题“连云区港口吞吐量增长”匹配到 A2');
    expect(stopped.stderr).toContain('工作表“采用” 第3行：无编号，按标题“全省秋粮收购进展顺利”找不到');
    const skipped = await run(
      'score',
      dir,
      '--scheme',
      'lianyungang',
      '--period',
      '2024-03',
      '--skip-unmatched',
      '--format',
      'json',
    );
    expect(skipped.status).toBe(0);
    const rows = JSON.parse(skipped.stdout).groups[0].rows;
    expect(rows.find((r: { unit: string }) => r.unit === '连云区').score).toBe(3);
  });

  it('names the sheet, row and column of a bad cell and exits 1 without scoring', async () => {
    const dir = workbook({ 单位: UNITS, 报送: [ROUTES[0] ?? '', 'A1,海州区信息,海州区,3月5日,市,直报,动态'] });
    const { status, stdout, stderr } = await run('score', dir, '--scheme', 'lianyungang');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/工作表“报送” 第2行 “报送日期（D）”列/);
  });

  it('treats wrong options as usage errors (exit 2) and a wrong scheme as wrong input (exit 1)', async () => {
    const dir = march();
    expect((await run('score', dir)).status).toBe(2);
    expect((await run('score', dir, '--scheme', 'lianyungang', '--period', '2024-13')).status).toBe(2);
    expect(
      (await run('score', dir, '--scheme', 'lianyungang', '--period', '2024', '--from', '2024-01-01')).status,
    ).toBe(2);
    expect((await run('score', dir, '--scheme', 'lianyungang', '--format', 'pdf')).status).toBe(2);
    expect((await run('score', dir, '--scheme', 'lianyungang', '--colour')).status).toBe(2);
    const unknown = await run('score', dir, '--scheme', 'shanghai-2030');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('没有名为“shanghai-2030”的内置计分办法');
  });
});

describe('caibian presets and scheme check', () => {
  it('lists the nine built-in methods', async () => {
    const { status, stdout } = await run('presets', '--format', 'json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).map((p: { id: string }) => p.id)).toEqual([
      'lianyungang',
      'luan-2013',
      'guangdong-ajj',
      'meizhou-emergency',
      'county-office',
      'quzhou',
      'liangyi',
      'changshan-2014',
      'huzhou-2018',
    ]);
    expect((await run('presets')).stdout).toContain('连云港市政务信息工作考核办法');
  });

  it('accepts a valid scheme file and prints each problem of a broken one with its JSON path', async () => {
    const presets = JSON.parse((await run('presets', '--format', 'json')).stdout);
    expect(presets.length).toBe(9);
    const scheme = JSON.parse(JSON.stringify((await import('@caibian/core')).getPreset('luan-2013')));
    writeFileSync(join(root, 'good.json'), JSON.stringify(scheme));
    const good = await run('scheme', 'check', 'good.json');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('有效');
    scheme.version = 'one';
    scheme.name = '';
    writeFileSync(join(root, 'bad.json'), JSON.stringify(scheme));
    const bad = await run('scheme', 'check', 'bad.json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/\$\.version：/);
  });
});
