import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fail, type Problem, type Result } from '@caibian/core';
import { extensionOf, readCsvFiles, readWorkbookFile, type WorkbookSheets } from '@caibian/core/io';

/** Options of {@link readWorkbookPath}. */
export interface ReadWorkbookPathOptions {
  /** The directory a relative path is read from. Default: `process.cwd()`. */
  readonly cwd?: string;
}

const SUPPORTED = new Set(['.xlsx', '.xlsm', '.csv', '.xls', '.et']);

const problem = (file: string, code: string, message: string): Problem => ({ code, message, location: { file } });

function fsProblem(path: string, error: unknown): Problem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return problem(path, 'missing_file', '找不到该文件或文件夹：请检查路径是否正确');
  }
  if (code === 'EACCES' || code === 'EPERM') return problem(path, 'unreadable_file', '无法读取：没有读取权限');
  if (code === 'EISDIR') return problem(path, 'unreadable_file', '无法读取：这是一个文件夹');
  return problem(path, 'unreadable_file', `无法读取${typeof code === 'string' ? `（${code}）` : ''}`);
}

async function bytesOf(path: string): Promise<Uint8Array> {
  const buffer = await readFile(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

async function readFolder(shown: string, full: string): Promise<Result<WorkbookSheets, Problem>> {
  let names: string[];
  try {
    const entries = await readdir(full, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && extensionOf(e.name) === '.csv' && !e.name.startsWith('~$'))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    return fail([fsProblem(shown, error)]);
  }
  if (names.length === 0) {
    return fail([
      problem(shown, 'no_files', '文件夹中没有 .csv 文件：应有以工作表命名的 .csv 文件，如 单位.csv、报送.csv'),
    ]);
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    try {
      files.push({ name: join(shown, name), bytes: await bytesOf(join(full, name)) });
    } catch (error) {
      problems.push(fsProblem(join(shown, name), error));
    }
  }
  return problems.length > 0 ? fail(problems) : readCsvFiles(files, shown);
}

/**
 * Reads the records workbook the command line was given: a .xlsx file, a .csv file (one sheet named after
 * the file) or a folder of .csv files named after the sheets (单位.csv, 报送.csv, …). Never throws: a
 * missing or unreadable path, an unsupported type or a bad file is a Chinese problem naming the path as
 * the user wrote it.
 *
 * @example
 * const sheets = await readWorkbookPath(args.workbook, { cwd: io.cwd });
 * if (!sheets.ok) { for (const p of sheets.problems) io.stderr.write(`${formatProblem(p)}\n`); return EXIT.badInput; }
 */
export async function readWorkbookPath(
  path: string,
  options: ReadWorkbookPathOptions = {},
): Promise<Result<WorkbookSheets, Problem>> {
  const full = resolve(options.cwd ?? process.cwd(), path);
  let isFolder: boolean;
  try {
    isFolder = (await stat(full)).isDirectory();
  } catch (error) {
    return fail([fsProblem(path, error)]);
  }
  if (isFolder) return readFolder(path, full);
  const ext = extensionOf(path);
  if (!SUPPORTED.has(ext)) {
    const type = ext === '' ? '没有扩展名的文件' : `“${ext}”文件`;
    return fail([
      problem(path, 'unsupported_format', `不支持${type}：应为 .xlsx 文件、.csv 文件或包含 .csv 文件的文件夹`),
    ]);
  }
  try {
    return await readWorkbookFile(await bytesOf(full), path);
  } catch (error) {
    return fail([fsProblem(path, error)]);
  }
}
