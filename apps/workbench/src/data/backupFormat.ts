import { type Problem, parseRecordSet, RECORD_SET_VERSION } from '@caibian/core';
import { ISSUE_SECRECY, ITEM_STATUSES, MATERIAL_KINDS, RECORD_KINDS } from './rows.ts';
import type { TableName } from './schema.ts';
import { any, arrayOf, type Check, int, object, oneOf, opt, type Path, str } from './validate.ts';

/** The format id written in every backup file. */
export const BACKUP_FORMAT = 'caibian-backup';
/** The version of the backup file format this code writes; older versions keep loading. */
export const BACKUP_VERSION = 1;

/**
 * A backup file (version 1): every table of the database as stored, rows in primary-key order. Scoring
 * records stay in their segments (`recordSegments`, with their sequence numbers), so a restore gives back
 * the very same rows and record keys. `schemaVersion` is the database version the tables come from; tables
 * of an older schema are upgraded on restore by the same steps as the database.
 */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  tables: Partial<Record<TableName, unknown[]>>;
}

const RECORD_REFERENCE_CODES = new Set(['unknown_unit', 'unknown_item', 'parent_cycle']);

/**
 * Validates core records with core's schemas (Chinese messages), as if they were the `key` list of a record
 * set, and moves each problem's path to where the records sit in the file. References to other tables are
 * not checked here: a backup restores the database as it was.
 */
function coreRecords(
  key: string,
  records: unknown[],
  at: (index: number) => Path,
  problems: Problem[],
  allowRepeats = false,
): void {
  const result = parseRecordSet({ version: RECORD_SET_VERSION, [key]: records });
  if (result.ok) return;
  for (const p of result.problems) {
    if (RECORD_REFERENCE_CODES.has(p.code) || (allowRepeats && p.code === 'duplicate_id')) continue;
    const [, index, ...rest] = p.path ?? [];
    problems.push({ ...p, path: typeof index === 'number' ? [...at(index), ...rest] : ['tables', key] });
  }
}

/** Checks one field of each row of `rows` as core records of `key`. */
function rowsHoldRecords(
  rows: unknown[],
  table: string,
  field: string | null,
  key: string,
  problems: Problem[],
  allowRepeats = false,
): void {
  const objects = rows.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null);
  if (objects.length !== rows.length) return;
  const values = field === null ? objects : objects.map((row) => row[field]);
  const at = (i: number): Path => (field === null ? ['tables', table, i] : ['tables', table, i, field]);
  coreRecords(key, values, at, problems, allowRepeats);
}

const TABLE_CHECKS: Record<TableName, Check> = {
  notes: object({ id: int(1), text: str, createdAt: str }),
  units: any,
  items: object({
    id: str,
    item: any,
    status: oneOf(ITEM_STATUSES),
    comments: arrayOf(object({ at: str, by: opt(str), text: str })),
    editorState: opt(str),
    revision: int(1),
    updatedAt: str,
    unitIds: arrayOf(str),
    category: str,
    date: str,
  }),
  recordSegments: object({
    kind: oneOf(RECORD_KINDS),
    segment: int(),
    seqs: arrayOf(int()),
    records: arrayOf(any),
    nextSeq: int(),
  }),
  itemHeads: object({ segment: int(), heads: arrayOf(any) }),
  commissions: any,
  urgentEvents: any,
  drafts: object({ itemId: str, editorState: str, item: opt(any), baseRevision: int(), savedAt: str }),
  itemVersions: object({
    id: int(1),
    itemId: str,
    revision: int(1),
    savedAt: str,
    item: any,
    editorState: opt(str),
    status: oneOf(ITEM_STATUSES),
    note: opt(str),
  }),
  schemes: object({ id: str, revision: int(1), name: str, formatVersion: int(1), document: any, savedAt: str }),
  bulletins: object({
    id: str,
    name: str,
    year: int(1),
    number: int(1),
    title: opt(str),
    itemIds: arrayOf(str),
    status: oneOf(['编辑中', '已印发']),
    createdAt: str,
    issuedAt: opt(str),
    layout: opt(
      object({
        editor: str,
        date: str,
        secrecy: oneOf(ISSUE_SECRECY),
        to: object({ 报: arrayOf(str), 送: arrayOf(str), 发: arrayOf(str) }),
        copies: int(1),
      }),
    ),
  }),
  materials: object({
    id: int(1),
    kind: oneOf(MATERIAL_KINDS),
    text: str,
    source: opt(str),
    tags: arrayOf(str),
    createdAt: str,
    updatedAt: str,
  }),
  settings: object({ key: str, value: any }),
};

/** Every problem of the (already upgraded) tables of a backup, with JSON paths from the file's root. */
export function checkTables(tables: Record<TableName, unknown[]>): Problem[] {
  const problems: Problem[] = [];
  for (const [table, check] of Object.entries(TABLE_CHECKS) as [TableName, Check][]) {
    const rows = tables[table];
    arrayOf(check)(rows, ['tables', table], problems);
  }
  if (problems.length > 0) return problems;
  rowsHoldRecords(tables.units, 'units', null, 'units', problems);
  rowsHoldRecords(tables.items, 'items', 'item', 'items', problems);
  rowsHoldRecords(tables.itemVersions, 'itemVersions', 'item', 'items', problems, true);
  rowsHoldRecords(tables.commissions, 'commissions', null, 'commissions', problems);
  rowsHoldRecords(tables.urgentEvents, 'urgentEvents', null, 'urgentEvents', problems);
  tables.recordSegments.forEach((row, i) => {
    const segment = row as { kind: string; seqs: unknown[]; records: unknown[] };
    if (segment.seqs.length !== segment.records.length) {
      problems.push({
        code: 'invalid_value',
        message: '序号与记录的数量不一致',
        path: ['tables', 'recordSegments', i, 'seqs'],
      });
    }
    coreRecords(segment.kind, segment.records, (j) => ['tables', 'recordSegments', i, 'records', j], problems);
  });
  tables.itemHeads.forEach((row, i) => {
    const heads = (row as { heads: unknown[] }).heads;
    coreRecords('items', heads, (j) => ['tables', 'itemHeads', i, 'heads', j], problems);
  });
  return problems;
}
