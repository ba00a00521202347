/** A column of the records workbook: its header and whether a row must fill it (`*` in formats.md). */
export interface ColumnSpec {
  readonly header: string;
  readonly required: boolean;
}

const req = (header: string): ColumnSpec => ({ header, required: true });
const opt = (header: string): ColumnSpec => ({ header, required: false });

/**
 * The sheets and columns of the records workbook (登记簿) of formats.md, in the order an export writes
 * them. This is a public contract: columns may be added (optional), never renamed or removed.
 */
export const RECORDS_WORKBOOK = {
  units: {
    name: '单位',
    columns: { name: req('单位名称'), group: opt('分组'), parent: opt('上级单位'), class: opt('类别') },
  },
  submissions: {
    name: '报送',
    columns: {
      id: req('编号'),
      title: req('标题'),
      units: req('报送单位'),
      date: req('报送日期'),
      level: req('报送级别'),
      kind: opt('报送途径'),
      category: opt('信息类别'),
      attachments: opt('附件'),
    },
  },
  adoptions: {
    name: '采用',
    columns: {
      id: opt('编号'),
      title: opt('标题'),
      level: req('采用级别'),
      publication: req('采用刊物'),
      form: opt('采用形式'),
      date: req('采用日期'),
      issue: opt('期号'),
    },
  },
  instructions: {
    name: '批示',
    columns: {
      id: req('编号'),
      leader: opt('批示领导'),
      rank: req('领导级别'),
      category: opt('领导类别'),
      date: req('批示日期'),
      publication: opt('所在刊物'),
    },
  },
  penalties: {
    name: '扣分',
    columns: { unit: req('单位名称'), kind: req('事项'), date: req('日期'), id: opt('编号'), note: opt('说明') },
  },
} as const satisfies Record<string, { name: string; columns: Record<string, ColumnSpec> }>;

/** The records workbook's sheets by key. */
export type RecordsWorkbookSpec = typeof RECORDS_WORKBOOK;
/** A sheet key: `units`, `submissions`, `adoptions`, `instructions` or `penalties`. */
export type SheetKey = keyof RecordsWorkbookSpec;
/** The column keys of one sheet. */
export type ColumnKey<S extends SheetKey> = keyof RecordsWorkbookSpec[S]['columns'] & string;

/** The sheet keys in the order of formats.md. */
export const SHEET_KEYS: readonly SheetKey[] = ['units', 'submissions', 'adoptions', 'instructions', 'penalties'];

/** The header strings of a sheet, in order: what an export writes as row 1. */
export function sheetHeaders(key: SheetKey): string[] {
  return Object.values(RECORDS_WORKBOOK[key].columns).map((c: ColumnSpec) => c.header);
}

/** A header as matched: trimmed, with a trailing required mark (`*` or `＊`) removed. */
export function normaliseHeader(text: string): string {
  return text
    .trim()
    .replace(/\s*[*＊]+$/, '')
    .trim();
}
