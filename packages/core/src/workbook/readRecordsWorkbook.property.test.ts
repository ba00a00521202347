import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../errors/problem.ts';
import { parseRecordSet } from '../model/parseRecordSet.ts';
import { randomWorkbookArb, workbookRecordsArb } from './__tests__/arbitraries.ts';
import { readRecordsWorkbook } from './readRecordsWorkbook.ts';
import { recordsToWorkbookSheets } from './recordsToWorkbookSheets.ts';

const SHEET_WIDE = new Set(['missing_column', 'duplicate_column', 'duplicate_sheet', 'no_records_sheet']);

function expectLocated(problem: Problem): void {
  expect(problem.location?.file).toBe('随机.xlsx');
  if (problem.code === 'no_records_sheet') return;
  expect(problem.location?.sheet).toBeTypeOf('string');
  if (problem.code === 'duplicate_sheet') return;
  expect(problem.location?.row).toBeTypeOf('number');
  expect(problem.location?.column).toMatch(/.+/);
  expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
}

describe('readRecordsWorkbook: properties', () => {
  it('never throws on random workbooks, and every problem is located', () => {
    fc.assert(
      fc.property(randomWorkbookArb, fc.boolean(), fc.boolean(), (input, createMissingUnits, skipInvalidRows) => {
        const r = readRecordsWorkbook(input, { createMissingUnits, skipInvalidRows });
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          r.problems.forEach(expectLocated);
          if (skipInvalidRows) expect(r.problems.every((p) => SHEET_WIDE.has(p.code))).toBe(true);
          return;
        }
        expect(parseRecordSet(JSON.parse(JSON.stringify(r.value.records))).ok).toBe(true);
        if (!skipInvalidRows) expect(r.value.skippedRows).toEqual([]);
        for (const row of r.value.skippedRows) row.problems.forEach(expectLocated);
      }),
      { verbose: true, numRuns: 400 },
    );
  });

  it('reads back exactly the records it exported', () => {
    fc.assert(
      fc.property(workbookRecordsArb, (records) => {
        const r = readRecordsWorkbook(recordsToWorkbookSheets(records));
        expect(r.ok ? r.value.records : r.problems).toEqual(records);
        expect(r.ok && r.value.unresolvedAdoptions).toEqual([]);
      }),
      { verbose: true, numRuns: 300 },
    );
  });

  it('gives the same records whatever the column order', () => {
    fc.assert(
      fc.property(workbookRecordsArb, fc.integer(), (records, seed) => {
        const sheets = recordsToWorkbookSheets(records).sheets.map((s) => {
          const width = s.rows[0]?.length ?? 0;
          const order = [...Array(width).keys()].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
          return { name: s.name, rows: s.rows.map((row) => order.map((i) => row[i] ?? null)) };
        });
        const r = readRecordsWorkbook({ sheets });
        expect(r.ok ? r.value.records : r.problems).toEqual(records);
      }),
      { verbose: true, numRuns: 100 },
    );
  });
});
