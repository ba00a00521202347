import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { checkNorms, formatProblem, NORM_RULE_NAMES, type NormFinding } from '@caibian/core';
import { decodeText, type WorkbookSheets } from '@caibian/core/io';
import JSZip from 'jszip';
import { readWorkbookPath } from '../io/readWorkbookPath.ts';
import { type Command, EXIT, type Io, UsageError } from '../io.ts';

/** One item to check: its title and body, and how the output names it (1 for a file, 编号 for a workbook). */
interface LintItem {
  readonly item: number | string;
  readonly title: string;
  readonly body: string;
}

/** An input that cannot be read: the message names the file; exit status 1. */
class InputError extends Error {
  override readonly name = 'InputError';
}

const USAGE = 'caibian lint <文件.txt | 文件.md | 文件.docx | 登记簿.xlsx | 登记簿文件夹> [--format text | json]';

interface LintArgs {
  readonly file: string;
  readonly format: 'text' | 'json';
}

function parseArgs(args: readonly string[]): LintArgs {
  const files: string[] = [];
  let format: LintArgs['format'] = 'text';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      let value = arg.slice('--format='.length);
      if (arg === '--format') {
        i += 1;
        value = args[i] ?? '';
      }
      if (value !== 'json' && value !== 'text')
        throw new UsageError(`--format 只能是 text 或 json，而不是“${value}”。`);
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`未知选项“${arg}”。`);
    } else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('缺少要检查的文件。');
  if (files.length > 1) throw new UsageError(`一次只检查一个文件，却给了 ${files.length} 个：${files.join('、')}。`);
  return { file: files[0] ?? '', format };
}

/** Splits a text into one item: the first non-empty line is the title, the lines after it the body. */
export function textToItem(text: string): { title: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titleAt = lines.findIndex((line) => line.trim().length > 0);
  if (titleAt < 0) return { title: '', body: '' };
  const rest = lines.slice(titleAt + 1);
  while (rest.length > 0 && (rest[0] ?? '').trim() === '') rest.shift();
  return { title: (lines[titleAt] ?? '').trim(), body: rest.join('\n').trimEnd() };
}

/** Strips Markdown markers from line starts: headings (#), list bullets (- * +), quotes (>), rules, emphasis. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s*([-*_])(?:\s*\1){2,}\s*$/.test(line)) return '';
      const bare = line.replace(/^\s{0,3}(?:#{1,6}(?:[ \t]+|$)|>[ \t]?|[-*+][ \t]+)/, '');
      const emphasis = /^(\*{1,3}|_{1,3})(\S[\s\S]*?\S|\S)\1\s*$/.exec(bare);
      return emphasis ? (emphasis[2] ?? '') : bare;
    })
    .join('\n');
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return XML_ENTITIES[name] ?? '';
  });
}

/** The paragraphs of a .docx body (word/document.xml), one a line: runs joined, tabs kept, deleted text dropped. */
export async function readDocxText(bytes: Uint8Array, file: string): Promise<string> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    throw new InputError(`无法读取 Word 文件 ${file}：不是有效的 .docx 文件（旧版 .doc 请另存为 .docx）。`);
  }
  if (xml === undefined) throw new InputError(`无法读取 Word 文件 ${file}：缺少正文 word/document.xml。`);
  const paragraphs: string[] = [];
  let current = '';
  const tokens = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>|<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
  for (const m of xml.matchAll(tokens)) {
    const token = m[0];
    if (m[1] !== undefined) current += decodeXml(m[1]);
    else if (token === '<w:tab/>') current += '\t';
    else if (token.startsWith('<w:br') || token.startsWith('<w:cr')) current += '\n';
    else {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

async function readBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`找不到文件 ${file}。`);
    if (code === 'EISDIR') throw new InputError(`${file} 是文件夹，不是可检查的文件。`);
    throw new InputError(`无法读取文件 ${file}：${(error as Error).message}`);
  }
}

async function readText(path: string, file: string): Promise<string> {
  const decoded = decodeText(await readBytes(path, file), file);
  if (!decoded.ok) throw new InputError(decoded.problems.map(formatProblem).join('\n'));
  return decoded.value.text;
}

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.xls', '.et']);

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The titles of the 报送 sheet, one item per distinct 编号 and title; item = 编号 (or the row number without one). */
export function submissionItems(workbook: WorkbookSheets, file: string): LintItem[] {
  const sheet = workbook.sheets.find((s) => s.name.trim() === '报送');
  if (!sheet) throw new InputError(`${file}：没有“报送”工作表（或 报送.csv），无法检查标题。`);
  const header = (sheet.rows[0] ?? []).map((cell) =>
    cellText(cell)
      .replace(/[*＊]$/, '')
      .trim(),
  );
  const idAt = header.indexOf('编号');
  const titleAt = header.indexOf('标题');
  if (titleAt < 0) throw new InputError(`${file} 工作表“报送”第1行：缺少“标题”列。`);
  const items: LintItem[] = [];
  const seen = new Set<string>();
  sheet.rows.slice(1).forEach((row, index) => {
    const title = cellText(row[titleAt]);
    if (title === '') return;
    const id = idAt < 0 ? '' : cellText(row[idAt]);
    const key = `${id}\u0000${title}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ item: id === '' ? index + 2 : id, title, body: '' });
  });
  return items;
}

/** Reads the items of the input named `file`, by its extension. */
async function readItems(path: string, file: string, cwd: string): Promise<LintItem[]> {
  const kind = extname(path).toLowerCase();
  const isFolder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isFolder || WORKBOOK_EXTENSIONS.has(kind)) {
    const workbook = await readWorkbookPath(file, { cwd });
    if (!workbook.ok) throw new InputError(workbook.problems.map(formatProblem).join('\n'));
    return submissionItems(workbook.value, file);
  }
  if (kind === '.docx') return [{ item: 1, ...textToItem(await readDocxText(await readBytes(path, file), file)) }];
  if (kind === '.md' || kind === '.markdown')
    return [{ item: 1, ...textToItem(stripMarkdown(await readText(path, file))) }];
  if (kind === '.txt' || kind === '') return [{ item: 1, ...textToItem(await readText(path, file)) }];
  if (kind === '.doc' || kind === '.wps') throw new InputError(`${file}：不支持旧版 Word/WPS 格式，请另存为 .docx。`);
  throw new InputError(`${file}：不支持的文件类型“${kind}”，请提供 .txt、.md、.docx 文件或登记簿。`);
}

/** A finding of the JSON output of formats.md. */
interface LintRow {
  readonly item: number | string;
  readonly rule: NormFinding['rule'];
  readonly part: NormFinding['part'];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  readonly fix: string | null;
}

/** 第N字 (title) or 第L行第C字 (body), counting characters, not UTF-16 units, from 1. */
function position(part: string, finding: NormFinding): string {
  const before = part.slice(0, finding.start);
  const lines = before.split('\n');
  const column = Array.from(lines[lines.length - 1] ?? '').length + 1;
  return finding.part === 'title' ? `标题 第${column}字` : `正文 第${lines.length}行第${column}字`;
}

function suggestion(fix: string | null, text: string): string {
  if (fix === null) return '';
  return fix === '' ? `  建议：删去“${text}”` : `  建议改为：“${fix}”`;
}

function formatText(
  file: string,
  items: readonly LintItem[],
  rows: readonly { item: LintItem; finding: NormFinding }[],
): string {
  if (rows.length === 0) return `${file}：未发现不符合写作规范之处。\n`;
  const lines = [`${file}：发现 ${rows.length} 处可能不符合写作规范（提示，不影响报送）。`];
  for (const { item, finding } of rows) {
    const where = items.length > 1 || typeof item.item === 'string' ? `编号 ${item.item} ` : '';
    const part = finding.part === 'title' ? item.title : item.body;
    lines.push(
      `${where}${position(part, finding)}  [${NORM_RULE_NAMES[finding.rule]} ${finding.rule}]  “${finding.text.replace(/\n/g, '↵')}”  ${finding.message}${suggestion(finding.fix, finding.text)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `caibian lint`: checks the writing norms of one item (.txt, .md, .docx: first non-empty line = title) or of
 * every 报送 title of a records workbook (.xlsx, .csv, a folder of .csv; item = 编号). Findings are warnings:
 * exit 0 after checking, 1 when the input cannot be read (the message names it), 2 on a usage error.
 */
export const lintCommand: Command = {
  name: ['lint'],
  summary: '检查稿件的写作规范（标题、标点、数字、文号、序号、计量单位、空话套话、涉密字样）',
  usage: USAGE,
  async run(args: readonly string[], io: Io): Promise<number> {
    const { file, format } = parseArgs(args);
    const cwd = io.cwd ?? process.cwd();
    let items: LintItem[];
    try {
      items = await readItems(resolve(cwd, file), file, cwd);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return EXIT.badInput;
    }
    const rows = items.flatMap((item) =>
      checkNorms({ title: item.title, body: item.body }).map((finding) => ({ item, finding })),
    );
    if (format === 'json') {
      const json: LintRow[] = rows.map(({ item, finding }) => ({ item: item.item, ...finding }));
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else io.stdout.write(formatText(file, items, rows));
    return EXIT.ok;
  },
};
