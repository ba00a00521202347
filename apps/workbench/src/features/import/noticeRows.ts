import {
  ADOPTION_FORMS,
  type Adoption,
  type AdoptionForm,
  type CellValue,
  columnLetter,
  type IsoDate,
  type ItemId,
  LEVELS,
  type Level,
  type Problem,
  parseDate,
  type Result,
  type WorkbookSheets,
} from '@caibian/core';

/** One row of an upstream adoption notice (采用通报) with what its optional columns say. */
export interface NoticeSheetRow {
  /** Excel row number (the header is row 1). */
  row: number;
  title: string;
  units?: string[];
  level?: Level;
  publication?: string;
  form?: AdoptionForm;
  date?: IsoDate;
  issue?: string;
}

/** The adoption fields given once for the whole notice, used where a row's own columns are empty. */
export interface NoticeDefaults {
  level?: Level;
  publication?: string;
  form?: AdoptionForm;
  date?: string;
  issue?: string;
}

/** The notice read: its sheet's name and rows. */
export interface NoticeSheet {
  sheet: string;
  rows: NoticeSheetRow[];
}

const COLUMNS = {
  title: ['标题', '信息标题', '题目'],
  units: ['单位', '报送单位', '单位名称'],
  level: ['采用级别', '级别'],
  publication: ['采用刊物', '刊物', '刊物名称'],
  form: ['采用形式', '形式'],
  date: ['采用日期', '日期'],
  issue: ['期号'],
} as const;

const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/**
 * Reads an adoption notice: the sheet 采用 when it has a 标题 column, else the first sheet with one. Optional
 * columns 单位, 采用级别, 采用刊物, 采用形式, 采用日期 (or 日期) and 期号 fill the adoption; a value they cannot
 * hold is a problem naming its sheet, row and column. Rows without a title are left out.
 *
 * @example
 * const notice = readNoticeSheet(await readWorkbookFile(bytes, '3月采用通报.xlsx'));
 */
export function readNoticeSheet(book: WorkbookSheets): Result<NoticeSheet, Problem> {
  const headerOf = (row: readonly CellValue[] | undefined) => (row ?? []).map((c) => text(c).replace(/[*＊]$/, ''));
  const hasTitle = (rows: readonly (readonly CellValue[])[]) =>
    headerOf(rows[0]).some((h) => (COLUMNS.title as readonly string[]).includes(h));
  const sheet =
    book.sheets.find((s) => s.name.trim() === '采用' && hasTitle(s.rows)) ?? book.sheets.find((s) => hasTitle(s.rows));
  if (!sheet) {
    const name = book.sheets[0]?.name;
    return {
      ok: false,
      problems: [
        {
          code: 'missing_column',
          message: '通报中没有“标题”列：第一行应为表头，至少有“标题”一列',
          location: {
            ...(book.file !== undefined && { file: book.file }),
            ...(name !== undefined && { sheet: name }),
            row: 1,
          },
        },
      ],
    };
  }
  const header = headerOf(sheet.rows[0]);
  const at = (key: keyof typeof COLUMNS) => header.findIndex((h) => (COLUMNS[key] as readonly string[]).includes(h));
  const problems: Problem[] = [];
  const rows: NoticeSheetRow[] = [];
  sheet.rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (key: keyof typeof COLUMNS) => (at(key) >= 0 ? text(cells[at(key)]) : '');
    const report = (key: keyof typeof COLUMNS, message: string) =>
      problems.push({
        code: 'invalid_value',
        message,
        location: { sheet: sheet.name, row, column: `${header[at(key)]}（${columnLetter(at(key))}列）` },
      });
    const title = cell('title');
    if (title === '') return;
    const out: NoticeSheetRow = { row, title };
    const units = cell('units');
    if (units)
      out.units = units
        .split(/[、，,;；]/)
        .map((u) => u.trim())
        .filter(Boolean);
    const level = cell('level').replace(/级$/, '');
    if (level) {
      if ((LEVELS as readonly string[]).includes(level)) out.level = level as Level;
      else report('level', `采用级别“${level}”无法识别：应为 ${LEVELS.join('、')} 之一`);
    }
    const publication = cell('publication');
    if (publication) out.publication = publication;
    const form = cell('form');
    if (form) {
      if ((ADOPTION_FORMS as readonly string[]).includes(form)) out.form = form as AdoptionForm;
      else report('form', `采用形式“${form}”无法识别：应为 ${ADOPTION_FORMS.join('、')} 之一`);
    }
    const date = cell('date');
    if (date) {
      const parsed = parseDate(date);
      if (parsed) out.date = parsed;
      else report('date', `日期“${date}”无法识别：应为 2024-03-05、2024/3/5 或 2024年3月5日`);
    }
    const issue = cell('issue');
    if (issue) out.issue = issue;
    rows.push(out);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { sheet: sheet.name, rows } };
}

/**
 * The adoptions to record: for each notice row, one per item the user chose (several for a combined item),
 * with level, publication, form, date and 期号 from the row or else from `defaults`. A chosen row still
 * missing a level, a publication or a date is a problem naming its row. Rows with no item chosen are skipped.
 */
export function noticeAdoptions(
  notice: NoticeSheet,
  chosen: ReadonlyMap<number, readonly ItemId[]>,
  defaults: NoticeDefaults,
): Result<Adoption[], Problem> {
  const adoptions: Adoption[] = [];
  const problems: Problem[] = [];
  const defaultDate = defaults.date ? (parseDate(defaults.date) ?? undefined) : undefined;
  for (const row of notice.rows) {
    const items = chosen.get(row.row) ?? [];
    if (items.length === 0) continue;
    const level = row.level ?? defaults.level;
    const publication = row.publication ?? defaults.publication?.trim();
    const date = row.date ?? defaultDate;
    const missing = [!level && '采用级别', !publication && '采用刊物', !date && '采用日期'].filter(Boolean);
    if (!level || !publication || !date) {
      problems.push({
        code: 'missing_value',
        message: `缺少${missing.join('、')}：请在通报中填写，或在上方为整份通报填写`,
        location: { sheet: notice.sheet, row: row.row },
      });
      continue;
    }
    const form = row.form ?? defaults.form;
    const issue = row.issue ?? (defaults.issue?.trim() || undefined);
    for (const itemId of items) {
      adoptions.push({
        itemId,
        level,
        publication,
        date,
        ...(form !== undefined && { form }),
        ...(issue !== undefined && { issue }),
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: adoptions };
}

/** The identity of an adoption, to avoid recording one twice: item, level, publication and date. */
export function adoptionKey(a: Pick<Adoption, 'itemId' | 'level' | 'publication' | 'date'>): string {
  return `${a.itemId}|${a.level}|${a.publication.replace(/[《》\s]/g, '')}|${a.date}`;
}
