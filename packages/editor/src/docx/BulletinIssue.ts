import { fail, type IsoDate, ok, type Problem, parseDate, type Result } from '@caibian/core';

/** One item of a bulletin issue, as `issue.json` gives it. */
export interface BulletinItem {
  readonly title: string;
  /** Plain text; paragraphs are separated by blank lines. */
  readonly body: string;
  /** The submitting unit shown after the body, or null. */
  readonly unit: string | null;
}

/** The kinds of recipients of the 报尾: 报 (up), 送 (across), 发 (down). */
export const RECIPIENT_KINDS = ['报', '送', '发'] as const;

/** One kind of recipient. */
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * One issue (期) of a bulletin, the `issue.json` of `caibian bulletin` (formats.md).
 *
 * @example
 * { name: '政务信息', number: '〔2024〕第12期', editor: '市政府办公室', date: '2024-03-05', secrecy: null,
 *   items: [{ title: '…', body: '…\n\n…', unit: '市发展改革委' }], to: { 报: ['省政府办公厅'], 送: [], 发: [] },
 *   copies: 50 }
 */
export interface BulletinIssue {
  /** 刊名, e.g. 政务信息. */
  readonly name: string;
  /** 期号 as printed, e.g. 〔2024〕第12期 or （第12期）. */
  readonly number: string;
  /** 编发单位, the editing unit. */
  readonly editor: string;
  readonly date: IsoDate;
  /** 密级 printed at the top left (秘密, 机密, 内部资料…), or null. */
  readonly secrecy: string | null;
  readonly items: readonly BulletinItem[];
  /** Recipients by kind; a missing kind is an empty list. */
  readonly to: Readonly<Record<RecipientKind, readonly string[]>>;
  /** 共印N份. */
  readonly copies: number;
}

type Path = readonly (string | number)[];

class Reader {
  readonly problems: Problem[] = [];

  problem(path: Path, code: string, message: string): void {
    this.problems.push({ code, message, path });
  }

  text(value: unknown, path: Path, what: string, options: { readonly nullable?: boolean } = {}): string | null {
    if (options.nullable && (value === null || value === undefined)) return null;
    if (value === undefined) this.problem(path, 'missing', `缺少${what}。`);
    else if (typeof value !== 'string')
      this.problem(path, 'invalid_type', `${what}应为文本${options.nullable ? '或 null' : ''}。`);
    else if (value.trim() === '') this.problem(path, 'empty', `${what}不能为空。`);
    else return value.trim();
    return null;
  }

  object(value: unknown, path: Path, what: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.problem(
      path,
      value === undefined ? 'missing' : 'invalid_type',
      value === undefined ? `缺少${what}。` : `${what}应为对象。`,
    );
    return null;
  }
}

function readItem(r: Reader, value: unknown, path: Path): BulletinItem | null {
  const item = r.object(value, path, '信息');
  if (!item) return null;
  const title = r.text(item.title, [...path, 'title'], '标题');
  const body = r.text(item.body, [...path, 'body'], '正文');
  const unit = r.text(item.unit, [...path, 'unit'], '报送单位', { nullable: true });
  return title !== null && body !== null ? { title, body, unit } : null;
}

function readRecipients(r: Reader, value: unknown): Record<RecipientKind, string[]> {
  const to: Record<RecipientKind, string[]> = { 报: [], 送: [], 发: [] };
  const given = r.object(value, ['to'], '分送范围（to）');
  if (!given) return to;
  for (const [key, list] of Object.entries(given)) {
    const path = ['to', key];
    if (!(RECIPIENT_KINDS as readonly string[]).includes(key)) {
      r.problem(path, 'unknown_key', `未知的分送类别“${key}”，应为“报”“送”或“发”。`);
    } else if (!Array.isArray(list)) {
      r.problem(path, 'invalid_type', `“${key}”的分送单位应为文本数组。`);
    } else {
      list.forEach((name, i) => {
        const unit = r.text(name, [...path, i], '分送单位');
        if (unit !== null) to[key as RecipientKind].push(unit);
      });
    }
  }
  return to;
}

function readCopies(r: Reader, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  r.problem(
    ['copies'],
    value === undefined ? 'missing' : 'invalid_type',
    value === undefined ? '缺少印数（copies）。' : '印数应为正整数。',
  );
  return 0;
}

/** Where JSON.parse stopped, in words: `第2行第11列附近有误。` or `内容不完整。`. */
function jsonErrorPlace(json: string, error: unknown): string {
  const text = json.replace(/^\uFEFF/, '');
  const detail = error instanceof Error ? error.message : String(error);
  let at = Number(/position (\d+)/.exec(detail)?.[1] ?? Number.NaN);
  if (Number.isNaN(at)) {
    // Newer V8 messages quote the offending token instead of giving its position.
    const token = /Unexpected token '(.)'/.exec(detail)?.[1];
    at = token === undefined ? Number.NaN : text.indexOf(token);
  }
  if (/end of JSON input/i.test(detail) || at >= text.length) return '内容不完整。';
  if (Number.isNaN(at) || at < 0) return detail;
  const before = text.slice(0, at).split('\n');
  return `第${before.length}行第${(before.at(-1)?.length ?? 0) + 1}列附近有误。`;
}

/**
 * Reads an `issue.json` (the text, or the value it parses to) into a {@link BulletinIssue}, listing every problem
 * with its JSON path and a Chinese message. Dates may be written 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日;
 * text is trimmed; unknown top-level fields are ignored (formats.md may add optional ones).
 *
 * @example
 * const r = parseBulletinIssue(readFileSync('issue.json', 'utf8'));
 * if (!r.ok) for (const p of r.problems) console.error(formatProblem(p)); // $.items[0].title：标题不能为空。
 */
export function parseBulletinIssue(json: unknown): Result<BulletinIssue, Problem> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail([{ code: 'invalid_json', message: `不是有效的 JSON：${jsonErrorPlace(json, error)}` }]);
    }
  }
  const r = new Reader();
  const root = r.object(value, [], '期刊内容');
  if (!root) return fail(r.problems);
  const name = r.text(root.name, ['name'], '刊名（name）');
  const number = r.text(root.number, ['number'], '期号（number）');
  const editor = r.text(root.editor, ['editor'], '编发单位（editor）');
  const dateText = r.text(root.date, ['date'], '日期（date）');
  const date = dateText === null ? null : parseDate(dateText);
  if (dateText !== null && date === null) {
    r.problem(['date'], 'invalid_date', `日期“${dateText}”无效，应如 2024-03-05 或 2024年3月5日。`);
  }
  const secrecy = r.text(root.secrecy, ['secrecy'], '密级（secrecy）', { nullable: true });
  const items: BulletinItem[] = [];
  if (!Array.isArray(root.items)) {
    r.problem(['items'], root.items === undefined ? 'missing' : 'invalid_type', '信息列表（items）应为数组。');
  } else if (root.items.length === 0) {
    r.problem(['items'], 'empty', '一期至少要有一条信息。');
  } else {
    root.items.forEach((value, i) => {
      const item = readItem(r, value, ['items', i]);
      if (item) items.push(item);
    });
  }
  const to = readRecipients(r, root.to);
  const copies = readCopies(r, root.copies);
  if (r.problems.length > 0 || name === null || number === null || editor === null || date === null) {
    return fail(r.problems);
  }
  return ok({ name, number, editor, date, secrecy, items, to, copies });
}
