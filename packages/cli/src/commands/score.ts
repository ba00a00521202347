import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProblem, type IsoDate, type Problem, parseDate, readRecordsWorkbook, score } from '@caibian/core';
import { writeCsv, writeWorkbookXlsx } from '@caibian/core/io';
import { parsePeriod, rankGroups } from '@caibian/stats';
import { oneOf, parseCommandArgs } from '../args.ts';
import { reportJson, reportRows, reportTable, type ScoreReport } from '../format/scoreReport.ts';
import { readWorkbookPath } from '../io/readWorkbookPath.ts';
import { type Command, EXIT, type Io, UsageError } from '../io.ts';
import { loadScheme } from './loadScheme.ts';
import { resolveAdoptions } from './resolveAdoptions.ts';

const USAGE = `caibian score <登记簿.xlsx | CSV 文件夹> --scheme <内置办法编号 | 计分办法.json>
    [--period 2024 | 2024-Q1 | 2024-03 | --from 日期 --to 日期] [--group 分组]
    [--format table | csv | json | xlsx] [--out 文件] [--explain]
    [--param 名称=数值 …] [--create-units] [--skip-invalid-rows] [--skip-unmatched]`;

const OPTIONS = {
  scheme: { type: 'string' },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  group: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  explain: { type: 'boolean' },
  param: { type: 'string', multiple: true },
  'create-units': { type: 'boolean' },
  'skip-invalid-rows': { type: 'boolean' },
  'skip-unmatched': { type: 'boolean' },
} as const;

function date(name: string, text: string): IsoDate {
  const value = parseDate(text);
  if (value === null) throw new UsageError(`${name} 应为日期（如 2024-03-05），而不是“${text}”。`);
  return value;
}

function period(values: { period?: string; from?: string; to?: string }, dates: readonly IsoDate[]) {
  if (values.period !== undefined) {
    if (values.from !== undefined || values.to !== undefined)
      throw new UsageError('--period 不能与 --from/--to 同用。');
    const p = parsePeriod(values.period);
    if (!p) throw new UsageError(`--period 应为 2024、2024-Q1 或 2024-03 这样的期间，而不是“${values.period}”。`);
    return p;
  }
  const sorted = [...dates].sort();
  const from = values.from !== undefined ? date('--from', values.from) : (sorted[0] ?? ('1900-01-01' as IsoDate));
  const to = values.to !== undefined ? date('--to', values.to) : (sorted.at(-1) ?? from);
  if (to < from) throw new UsageError(`--to（${to}）早于 --from（${from}）。`);
  return { from, to, label: `${from} 至 ${to}` };
}

function parameters(list: readonly string[] | undefined): Record<string, number> | undefined {
  if (!list || list.length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const entry of list) {
    const m = /^([^=]+)=(-?\d+(?:\.\d+)?)$/.exec(entry.trim());
    if (!m?.[1] || m[2] === undefined)
      throw new UsageError(`--param 应写成 名称=数值（如 provinceBase=12），而不是“${entry}”。`);
    out[m[1].trim()] = Number(m[2]);
  }
  return out;
}

function fail(io: Io, problems: readonly Problem[], summary?: string): number {
  if (summary) io.stderr.write(`${summary}\n`);
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  return EXIT.badInput;
}

/** `caibian score`: ranks the units of a records workbook under a scheme (formats.md). */
export const scoreCommand: Command = {
  name: ['score'],
  summary: '按计分办法为登记簿中的单位计分、分组排名',
  usage: USAGE,
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [workbook, ...extra] = positionals;
    if (workbook === undefined) throw new UsageError('缺少登记簿（.xlsx 文件、.csv 文件或 CSV 文件夹）。');
    if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join('、')}。`);
    if (values.scheme === undefined)
      throw new UsageError('缺少 --scheme：用哪种计分办法（caibian presets 列出内置办法）。');
    const format = oneOf('--format', values.format, ['table', 'csv', 'json', 'xlsx'] as const, 'table');
    if (format === 'xlsx' && values.out === undefined)
      throw new UsageError('--format xlsx 需要用 --out 指定输出文件。');
    const overrides = parameters(values.param);
    const cwd = io.cwd ?? process.cwd();

    const scheme = await loadScheme(values.scheme, cwd);
    if (!scheme.ok) return fail(io, scheme.problems);
    const sheets = await readWorkbookPath(workbook, { cwd });
    if (!sheets.ok) return fail(io, sheets.problems);
    const read = readRecordsWorkbook(sheets.value, {
      createMissingUnits: values['create-units'] === true,
      skipInvalidRows: values['skip-invalid-rows'] === true,
    });
    if (!read.ok) return fail(io, read.problems, `${workbook}：登记簿有 ${read.problems.length} 处错误，未计分。`);
    for (const skipped of read.value.skippedRows) {
      for (const p of skipped.problems) io.stderr.write(`已跳过该行：${formatProblem(p)}\n`);
    }

    const resolved = resolveAdoptions(read.value.records, read.value.unresolvedAdoptions);
    for (const m of resolved.matched) {
      io.stderr.write(
        `${formatProblem({ code: 'matched', message: `无编号，按标题“${m.row.title}”匹配到 ${m.itemIds.join('、')}（置信度 ${m.confidence.toFixed(2)}）`, location: m.row.location })}\n`,
      );
    }
    if (resolved.unmatched.length > 0) {
      const problems = resolved.unmatched.map((u) => ({
        code: 'unmatched_adoption',
        message: `无编号，按标题“${u.row.title}”找不到可以确定的报送信息${u.candidates.length > 0 ? `；候选：${u.candidates.slice(0, 3).join('；')}` : ''}`,
        location: u.row.location,
      }));
      if (values['skip-unmatched'] !== true) {
        return fail(
          io,
          problems,
          `${problems.length} 条采用记录无法确定对应的信息，未计分（补上编号，或加 --skip-unmatched 跳过这些行）。`,
        );
      }
      for (const p of problems) io.stderr.write(`已跳过：${formatProblem(p)}\n`);
    }

    const records = resolved.records;
    const dates = [...records.routes, ...records.adoptions, ...records.instructions, ...records.penalties].map(
      (r) => r.date,
    );
    const p = period(values, dates);
    const result = score(scheme.value, records, {
      period: { from: p.from, to: p.to },
      ledger: values.explain === true,
      ...(overrides ? { parameters: overrides } : {}),
    });
    if (values.group !== undefined && !result.units.some((u) => u.group === values.group)) {
      const groups = [...new Set(result.units.map((u) => u.group))].join('、');
      return fail(io, [
        { code: 'unknown_group', message: `没有分组“${values.group}”；登记簿中的分组：${groups || '（无）'}` },
      ]);
    }
    const report: ScoreReport = {
      scheme: scheme.value,
      period: p,
      result,
      groups: rankGroups(result.units, values.group),
      records,
    };
    return write(io, cwd, format, values.out, report, values.explain === true);
  },
};

async function write(
  io: Io,
  cwd: string,
  format: 'table' | 'csv' | 'json' | 'xlsx',
  out: string | undefined,
  report: ScoreReport,
  explain: boolean,
): Promise<number> {
  if (format === 'xlsx') {
    const bytes = await writeWorkbookXlsx({ sheets: [{ name: '排名通报', rows: reportRows(report) }] });
    await writeFile(resolve(cwd, out ?? ''), bytes);
    io.stdout.write(`已写入 ${out}\n`);
    return EXIT.ok;
  }
  const text =
    format === 'json'
      ? reportJson(report, explain)
      : format === 'csv'
        ? writeCsv(reportRows(report), { bom: out !== undefined })
        : reportTable(report, explain);
  if (out === undefined) io.stdout.write(text);
  else {
    await writeFile(resolve(cwd, out), text, 'utf8');
    io.stdout.write(`已写入 ${out}\n`);
  }
  return EXIT.ok;
}
