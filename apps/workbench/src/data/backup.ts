import { fail, formatProblem, ok, type Problem, type Result } from '@caibian/core';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, checkTables } from './backupFormat.ts';
import type { CaibianDb } from './db.ts';
import { upgradeTables } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES, type TableName } from './schema.ts';

const ROWS_PER_PART = 1_000;
const SUPPORTED_VERSIONS = new Set([1]);

/**
 * Exports the whole database as one versioned JSON file ({@link BackupFile}), read in one transaction so
 * that it is consistent. The file is assembled from parts, so a large database never becomes one string.
 *
 * @example
 * const blob = await exportBackup(db, new Date());
 * download(blob, backupFileName(new Date()));
 */
export async function exportBackup(db: CaibianDb, now: Date = new Date()): Promise<Blob> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  const contents = await db.transaction(
    'r',
    tables,
    async () => await Promise.all(tables.map((table) => table.toArray())),
  );
  const header: Omit<BackupFile, 'tables'> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
  };
  const parts: string[] = [`${JSON.stringify(header).slice(0, -1)},"tables":{`];
  TABLE_NAMES.forEach((name, t) => {
    const rows = contents[t] ?? [];
    parts.push(`${t > 0 ? ',' : ''}${JSON.stringify(name)}:[`);
    for (let i = 0; i < rows.length; i += ROWS_PER_PART) {
      parts.push(`${i > 0 ? ',' : ''}${JSON.stringify(rows.slice(i, i + ROWS_PER_PART)).slice(1, -1)}`);
    }
    parts.push(']');
  });
  parts.push('}}');
  return new Blob(parts, { type: 'application/json' });
}

/** The file name a backup is offered under, e.g. `采编台备份-2024-03-05.json`. */
export function backupFileName(now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `采编台备份-${day}.json`;
}

/** What a restore wrote: rows per table. */
export type RestoreSummary = Record<TableName, number>;

/**
 * Reads and validates a backup file: JSON, format id, a known version, a schema no newer than this app's,
 * and every row of every table (core records with core's schemas). Returns every problem with its JSON path
 * and a Chinese message, or the tables upgraded to the current schema.
 */
export async function readBackup(file: Blob | string): Promise<Result<Record<TableName, unknown[]>, Problem>> {
  let input: unknown;
  try {
    input = JSON.parse(typeof file === 'string' ? file : await file.text());
  } catch {
    return fail([{ code: 'invalid_json', message: '文件不是有效的 JSON，可能不是采编台的备份文件或已损坏', path: [] }]);
  }
  const head = input as Partial<BackupFile> | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) {
    return fail([
      { code: 'not_a_backup', message: '这不是采编台的备份文件（缺少格式标识 caibian-backup）', path: ['format'] },
    ]);
  }
  if (typeof head.version !== 'number' || !SUPPORTED_VERSIONS.has(head.version)) {
    const message = `不支持的备份格式版本 ${JSON.stringify(head.version)}：本程序读取版本 ${[...SUPPORTED_VERSIONS].join('、')}，请升级采编台后再恢复`;
    return fail([{ code: 'unsupported_version', message, path: ['version'] }]);
  }
  const schema = head.schemaVersion;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1 || schema > CURRENT_SCHEMA_VERSION) {
    const message = `备份来自数据库版本 ${JSON.stringify(schema)}，本程序支持 1 至 ${CURRENT_SCHEMA_VERSION}；请升级采编台后再恢复`;
    return fail([{ code: 'unsupported_schema', message, path: ['schemaVersion'] }]);
  }
  if (typeof head.tables !== 'object' || head.tables === null || Array.isArray(head.tables)) {
    return fail([{ code: 'invalid_type', message: '应为对象', path: ['tables'] }]);
  }
  const tables = upgradeTables(head.tables, schema);
  const problems = checkTables(tables);
  return problems.length > 0 ? fail(problems) : ok(tables);
}

/**
 * Restores a backup: validates it ({@link readBackup}) and then, in one transaction, clears every table and
 * refills it. All or nothing: a bad file writes nothing, and a failure while writing (a full disk) leaves
 * the database as it was. Storage failures are thrown (mapped by the repositories' error boundary).
 *
 * @example
 * const r = await restoreBackup(db, file);
 * if (!r.ok) showProblems(r.problems.map(formatProblem));
 */
export async function restoreBackup(db: CaibianDb, file: Blob | string): Promise<Result<RestoreSummary, Problem>> {
  const read = await readBackup(file);
  if (!read.ok) return read;
  const tables = read.value;
  const summary = {} as RestoreSummary;
  await db.transaction(
    'rw',
    TABLE_NAMES.map((name) => db.table(name)),
    async () => {
      for (const name of TABLE_NAMES) {
        const table = db.table(name);
        const rows = tables[name];
        await table.clear();
        for (let i = 0; i < rows.length; i += 5 * ROWS_PER_PART)
          await table.bulkAdd(rows.slice(i, i + 5 * ROWS_PER_PART));
        summary[name] = rows.length;
      }
    },
  );
  return ok(summary);
}

/** Problems of a failed restore as lines for the user, e.g. `$.tables.items[3].status：应为以下之一：…`. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}
