import { formatProblem, itemId, type Problem, parseDate } from '@caibian/core';
import type { CellValue, WorkbookSheet, WorkbookSheets } from '@caibian/core/io';
import { matchNotice, type NoticeRow, type SearchDoc, SearchIndex } from '@caibian/core/search';
import { readWorkbookPath } from '../io/readWorkbookPath.ts';
import { type Command, EXIT, type Io, UsageError } from '../io.ts';

const USAGE = 'caibian match <通报.xlsx | 通报.csv> --against <登记簿> [--format text | json]';

interface MatchArgs {
  readonly notice: string;
  readonly against: string;
  readonly format: 'text' | 'json';
}

function optionValue(args: readonly string[], i: number, name: string): [string, number] {
  const arg = args[i] ?? '';
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} 后缺少取值。`);
  return [value, i + 1];
}

function parseArgs(args: readonly string[]): MatchArgs {
  const files: string[] = [];
  let against: string | undefined;
  let format: MatchArgs['format'] = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--against' || arg.startsWith('--against=')) {
      [against, i] = optionValue(args, i, '--against');
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      let value: string;
      [value, i] = optionValue(args, i, '--format');
      if (value !== 'json' && value !== 'text')
        throw new UsageError(`--format 只能是 text 或 json，而不是“${value}”。`);
      format = value;
    } else if (arg.startsWith('-')) throw new UsageError(`未知选项“${arg}”。`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('缺少采用通报文件。');
  if (files.length > 1) throw new UsageError(`一次只匹配一个通报，却给了 ${files.length} 个：${files.join('、')}。`);
  if (against === undefined) throw new UsageError('缺少 --against <登记簿>：要与哪个登记簿中的报送信息匹配。');
  return { notice: files[0] ?? '', against, format };
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());
const header = (v: CellValue | undefined): string => text(v).replace(/\s+/g, '');

function columnIndex(sheet: WorkbookSheet, names: readonly string[]): number {
  const row = sheet.rows[0] ?? [];
  return row.findIndex((cell) => names.includes(header(cell)));
}

const problem = (file: string | undefined, sheet: string, message: string, column?: string): Problem => ({
  code: 'missing_column',
  message,
  location: { ...(file ? { file } : {}), sheet, row: 1, ...(column ? { column } : {}) },
});

/** The submitted items of the 报送 sheet (one doc per 编号, its earliest date and every unit). */
function readItems(book: WorkbookSheets): { docs: SearchDoc[]; problems: Problem[] } {
  const sheet =
    book.sheets.find((s) => header(s.name) === '报送') ?? (book.sheets.length === 1 ? book.sheets[0] : undefined);
  if (!sheet) return { docs: [], problems: [problem(book.file, '报送', '登记簿中没有“报送”工作表')] };
  const at = {
    id: columnIndex(sheet, ['编号']),
    title: columnIndex(sheet, ['标题']),
    unit: columnIndex(sheet, ['报送单位', '单位']),
    date: columnIndex(sheet, ['报送日期', '日期']),
  };
  const missing = [at.id < 0 ? '编号' : '', at.title < 0 ? '标题' : ''].filter(Boolean);
  if (missing.length > 0) {
    return { docs: [], problems: missing.map((c) => problem(book.file, sheet.name, `缺少“${c}”列`, c)) };
  }
  const byId = new Map<string, { title: string; units: Set<string>; date?: string }>();
  for (const row of sheet.rows.slice(1)) {
    const id = text(row[at.id]);
    const title = text(row[at.title]);
    if (id === '' || title === '') continue;
    const entry = byId.get(id) ?? { title, units: new Set<string>() };
    for (const u of text(row[at.unit]).split(/[、，,;；]/)) if (u.trim()) entry.units.add(u.trim());
    const date = parseDate(text(row[at.date])) ?? undefined;
    if (date && (!entry.date || date < entry.date)) entry.date = date;
    byId.set(id, entry);
  }
  const docs = [...byId].map(([id, e]) => ({
    id: itemId(id),
    title: e.title,
    units: [...e.units],
    date: e.date ? (parseDate(e.date) ?? undefined) : undefined,
  }));
  return { docs, problems: [] };
}

/** The rows of the notice: the sheet 采用 if there is one, else the first sheet with a 标题 column. */
function readNotice(book: WorkbookSheets): { rows: NoticeRow[]; problems: Problem[] } {
  const sheet =
    book.sheets.find((s) => header(s.name) === '采用' && columnIndex(s, ['标题']) >= 0) ??
    book.sheets.find((s) => columnIndex(s, ['标题', '信息标题', '题目']) >= 0);
  if (!sheet) {
    const name = book.sheets[0]?.name ?? '';
    return {
      rows: [],
      problems: [problem(book.file, name, '通报中没有“标题”列：第一行应为表头，至少有“标题”', '标题')],
    };
  }
  const title = columnIndex(sheet, ['标题', '信息标题', '题目']);
  const unit = columnIndex(sheet, ['单位', '报送单位', '单位名称']);
  const date = columnIndex(sheet, ['日期', '采用日期']);
  const rows = sheet.rows.slice(1).map((row) => ({
    title: text(row[title]),
    units:
      unit >= 0 && text(row[unit]) !== ''
        ? text(row[unit])
            .split(/[、，,;；]/)
            .filter((u) => u.trim())
        : undefined,
    date: date >= 0 ? (parseDate(text(row[date])) ?? undefined) : undefined,
  }));
  return { rows, problems: [] };
}

function fail(io: Io, problems: readonly Problem[]): number {
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  return EXIT.badInput;
}

/**
 * `caibian match`: matches each row of an upstream adoption notice to the items of a records workbook.
 * JSON (formats.md): `[{"row", "title", "match", "matches", "confidence", "candidates"}]`, rows numbered
 * from 1 at the first row after the header.
 */
export const matchCommand: Command = {
  name: ['match'],
  summary: '把上级采用通报的每一行与登记簿中的报送信息匹配',
  usage: USAGE,
  async run(args: readonly string[], io: Io): Promise<number> {
    const options = parseArgs(args);
    const cwd = io.cwd !== undefined ? { cwd: io.cwd } : {};
    const [notice, book] = await Promise.all([
      readWorkbookPath(options.notice, cwd),
      readWorkbookPath(options.against, cwd),
    ]);
    if (!notice.ok || !book.ok)
      return fail(io, [...(notice.ok ? [] : notice.problems), ...(book.ok ? [] : book.problems)]);
    const items = readItems({ ...book.value, file: book.value.file ?? options.against });
    const rows = readNotice({ ...notice.value, file: notice.value.file ?? options.notice });
    if (items.problems.length > 0 || rows.problems.length > 0) return fail(io, [...items.problems, ...rows.problems]);
    const index = SearchIndex.build(items.docs);
    const results = matchNotice(index, rows.rows).map((m, i) => ({
      row: i + 1,
      title: m.title,
      match: m.match,
      matches: m.matches,
      confidence: m.confidence,
      candidates: m.candidates.map((c) => ({ id: c.id, title: c.title, score: c.score })),
    }));
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const r of results) {
      const head = `第${r.row}行 ${r.title}`;
      if (r.title === '') io.stdout.write(`${head}（空标题，跳过）\n`);
      else if (r.matches.length > 0) {
        const shown = r.matches.map((id) => `${id} ${r.candidates.find((c) => c.id === id)?.title ?? ''}`.trim());
        io.stdout.write(`${head}\n  → 匹配（置信度 ${r.confidence}）：${shown.join('；')}\n`);
      } else if (r.candidates.length > 0) {
        io.stdout.write(
          `${head}\n  → 未自动匹配（置信度 ${r.confidence}），候选：${r.candidates.map((c) => `${c.id} ${c.title}（${c.score}）`).join('；')}\n`,
        );
      } else io.stdout.write(`${head}\n  → 无匹配\n`);
    }
    const accepted = results.filter((r) => r.matches.length > 0).length;
    io.stdout.write(
      `共 ${results.length} 行：${accepted} 行已匹配，${results.length - accepted} 行需人工确认或无匹配。\n`,
    );
    return EXIT.ok;
  },
};
