import { type Problem, type ProblemLocation, zodChinese } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import type { ItemId, UnitId } from '../model/ids.ts';
import { checkReferences } from '../model/parseRecordSet.ts';
import { RECORD_SET_VERSION, type RecordSet, type RecordSetInput, RecordSetSchema } from '../model/records.ts';
import type { WorkbookSheets } from './cells.ts';
import { Collector, type SkippedRow } from './collector.ts';
import { emptyLayout, locateSheets } from './layout.ts';
import { readAdoptionsSheet, type UnresolvedAdoption } from './readAdoptionsSheet.ts';
import { readInstructionsSheet, readPenaltiesSheet } from './readFollowUpSheets.ts';
import { readSubmissionsSheet } from './readSubmissionsSheet.ts';
import { readUnitsSheet } from './readUnitsSheet.ts';
import type { SheetKey } from './sheets.ts';

/** Options of {@link readRecordsWorkbook}. */
export interface ReadRecordsOptions {
  /** Create a unit named in 报送 but absent from 单位, instead of reporting it. Default `false`. */
  readonly createMissingUnits?: boolean;
  /**
   * Leave out the rows with problems and return the rest, listing the rows left out and why. Default
   * `false`: any problem fails the whole read. Problems of a whole sheet (a missing column) always fail.
   */
  readonly skipInvalidRows?: boolean;
  /**
   * Matches the title of an 采用 row without 编号 that no item's title equals exactly (the notice
   * matcher): returns the accepted items, several for a combined item, none when nothing fits.
   */
  readonly resolveTitle?: (title: string) => readonly ItemId[];
}

/** A records workbook read into records. */
export interface WorkbookRead {
  /** The records, validated (version 1) with every reference checked. */
  readonly records: RecordSet;
  /** 采用 rows without 编号 whose item could not be decided: the caller decides (the CLI stops unless told to skip). */
  readonly unresolvedAdoptions: readonly UnresolvedAdoption[];
  /** Rows left out under `skipInvalidRows`, each with its problems; empty otherwise. */
  readonly skippedRows: readonly SkippedRow[];
  /** Units created under `createMissingUnits`, in order of first mention. */
  readonly createdUnits: readonly UnitId[];
}

type Table = 'units' | 'items' | 'routes' | 'adoptions' | 'instructions' | 'penalties';

/**
 * Reads the records workbook of formats.md (sheets 单位, 报送, 采用, 批示, 扣分) into a valid record set.
 * All or nothing: any problem fails the read, listing every problem located by sheet, row (Excel
 * numbering) and column (header and letter) with a Chinese message saying what was expected; with
 * `skipInvalidRows` the valid rows are kept and the others listed. Never throws on bad input.
 *
 * @example
 * const sheets = await readWorkbookFile(bytes, '2024年登记簿.xlsx'); // from @caibian/core/io
 * if (sheets.ok) {
 *   const read = readRecordsWorkbook(sheets.value, { createMissingUnits: true });
 *   if (!read.ok) for (const p of read.problems) console.error(formatProblem(p));
 * }
 */
export function readRecordsWorkbook(
  input: WorkbookSheets,
  options: ReadRecordsOptions = {},
): Result<WorkbookRead, Problem> {
  if (typeof input !== 'object' || input === null || !Array.isArray(input.sheets)) {
    return fail([{ code: 'invalid_workbook', message: '不是可读取的工作簿：应包含若干工作表' }]);
  }
  const { layouts, problems } = locateSheets(input);
  if (problems.length > 0) return fail(problems);

  const file = typeof input.file === 'string' ? input.file : undefined;
  const sheet = (key: SheetKey) => layouts.get(key) ?? emptyLayout(key, file);
  const collector = new Collector();
  const units = readUnitsSheet(sheet('units'), collector);
  const submitted = readSubmissionsSheet(sheet('submissions'), units, options.createMissingUnits ?? false, collector);
  const { items } = submitted;
  const adopted = readAdoptionsSheet(sheet('adoptions'), items, options.resolveTitle, collector);
  const instructed = readInstructionsSheet(sheet('instructions'), items, collector);
  const penalised = readPenaltiesSheet(sheet('penalties'), units, items, collector);

  if (!collector.clean && !options.skipInvalidRows) {
    const roots = collector.rootProblems();
    return fail(roots.length > 0 ? roots : collector.skippedRows().flatMap((r) => r.problems));
  }

  const input1: RecordSetInput = {
    version: RECORD_SET_VERSION,
    units: units.units,
    items: [...items.items],
    routes: submitted.routes,
    adoptions: adopted.adoptions,
    instructions: instructed.instructions,
    penalties: penalised.penalties,
  };
  const locations: Record<Table, readonly ProblemLocation[]> = {
    units: units.locations,
    items: items.locations,
    routes: submitted.routeLocations,
    adoptions: adopted.locations,
    instructions: instructed.locations,
    penalties: penalised.locations,
  };
  const records = validate(input1, locations);
  if (!records.ok) return records;
  return ok({
    records: records.value,
    unresolvedAdoptions: adopted.unresolved,
    skippedRows: collector.skippedRows(),
    createdUnits: units.created,
  });
}

/**
 * The last guard: the records go through the record set schema and its reference checks, each problem
 * located by the row its record came from. Rows checked above should leave nothing to find here.
 */
function validate(
  input: RecordSetInput,
  locations: Record<Table, readonly ProblemLocation[]>,
): Result<RecordSet, Problem> {
  const locate = (problem: Problem): Problem => {
    const [table, index] = problem.path ?? [];
    const location = typeof index === 'number' ? locations[table as Table]?.[index] : undefined;
    return location ? { ...problem, location } : problem;
  };
  const parsed = RecordSetSchema.safeParse(input, zodChinese);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) =>
        locate({
          code: issue.code,
          message: issue.message,
          path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
        }),
      ),
    );
  }
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? fail(problems.map(locate)) : ok(parsed.data);
}
