import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProblem } from '@caibian/core';
import { decodeText } from '@caibian/core/io';
import { type Command, EXIT, type Io, UsageError } from '../io.ts';

const USAGE = 'caibian bulletin <期刊.json> --out <文件.docx>';

interface BulletinArgs {
  readonly issue: string;
  readonly out: string;
}

function parseArgs(args: readonly string[]): BulletinArgs {
  const files: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--out' || arg.startsWith('--out=')) {
      if (out !== undefined) throw new UsageError('--out 只能给一次。');
      out = arg === '--out' ? args[++i] : arg.slice('--out='.length);
      if (!out || out.startsWith('--'))
        throw new UsageError('--out 后面要写输出的 Word 文件名，例如 --out 第12期.docx。');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`未知选项“${arg}”。`);
    } else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('缺少期刊内容文件（issue.json）。');
  if (files.length > 1) throw new UsageError(`一次只排一期，却给了 ${files.length} 个文件：${files.join('、')}。`);
  if (out === undefined) throw new UsageError('缺少 --out：请指定输出的 Word 文件，例如 --out 第12期.docx。');
  if (!/\.docx$/i.test(out)) throw new UsageError(`输出文件“${out}”应以 .docx 结尾。`);
  return { issue: files[0] ?? '', out };
}

async function readIssueText(path: string, name: string, io: Io): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : `无法读取（${code ?? error}）`;
    io.stderr.write(`${name}：${why}。\n`);
    return null;
  }
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) {
    for (const problem of decoded.problems) io.stderr.write(`${formatProblem(problem)}\n`);
    return null;
  }
  return decoded.value.text;
}

/**
 * `caibian bulletin <issue.json> --out FILE.docx`: writes one issue of a bulletin as a Word document in the official
 * layout (GB/T 9704-2012 page, 报头, items, 报尾). A wrong issue.json prints each problem with its JSON path and
 * exits 1; nothing is written then.
 *
 * @example
 * caibian bulletin 第12期.json --out 第12期.docx
 */
export const bulletinCommand: Command = {
  name: ['bulletin'],
  summary: '把一期简报（issue.json）排成公文格式的 Word 文件',
  usage: USAGE,
  async run(args, io) {
    const { issue, out } = parseArgs(args);
    const cwd = io.cwd ?? process.cwd();
    const text = await readIssueText(resolve(cwd, issue), issue, io);
    if (text === null) return EXIT.badInput;
    // Loaded here, not at start-up: the other commands need none of the editor package.
    const { bulletinToDocx, parseBulletinIssue } = await import('@caibian/editor');
    const parsed = parseBulletinIssue(text);
    if (!parsed.ok) {
      io.stderr.write(`${issue} 有 ${parsed.problems.length} 处问题，未生成 Word 文件：\n`);
      for (const problem of parsed.problems) io.stderr.write(`  ${issue} ${formatProblem(problem)}\n`);
      return EXIT.badInput;
    }
    const bytes = await bulletinToDocx(parsed.value);
    try {
      await writeFile(resolve(cwd, out), bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UsageError(`无法写出“${out}”：所在文件夹不存在。`);
      io.stderr.write(`无法写出“${out}”：${code ?? String(error)}。\n`);
      return EXIT.badInput;
    }
    const count = parsed.value.items.length;
    io.stdout.write(`已生成 ${out}：${parsed.value.name}${parsed.value.number}，共 ${count} 条信息。\n`);
    return EXIT.ok;
  },
};
