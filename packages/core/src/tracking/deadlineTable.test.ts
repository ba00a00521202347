import { describe, expect, it } from 'vitest';
import { formatPath } from '../errors/problem.ts';
import { DEFAULT_DEADLINE_TABLE, parseDeadlineTable } from './deadlineTable.ts';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(DEFAULT_DEADLINE_TABLE));

describe('parseDeadlineTable', () => {
  it('accepts the default table written out as JSON', () => {
    const r = parseDeadlineTable(clone());
    expect(r).toEqual({ ok: true, value: DEFAULT_DEADLINE_TABLE });
  });

  it('holds the published example numbers', () => {
    const g = DEFAULT_DEADLINE_TABLE.grades;
    expect(g.重大.deadlines).toEqual([
      { stage: '初报', channel: '电话', minutes: 15 },
      { stage: '初报', channel: '书面', minutes: 30 },
    ]);
    expect(g.特别重大.deadlines).toEqual(g.重大.deadlines);
    expect(g.较大.deadlines).toEqual([{ stage: '初报', channel: '书面', minutes: 60 }]);
    expect(g.一般.deadlines).toEqual([{ stage: '初报', channel: '书面', minutes: 360 }]);
    expect(DEFAULT_DEADLINE_TABLE.relayMinutes).toBe(120);
  });

  it('locates every bad value with its JSON path and a Chinese message', () => {
    const table = clone();
    const grades = table.grades as Record<string, { deadlines: unknown[] }>;
    grades.较大 = { deadlines: [{ stage: '初报', channel: '传真', minutes: 60 }] };
    grades.一般 = { deadlines: [{ stage: '初报', minutes: -5 }] };
    delete grades.重大;
    const r = parseDeadlineTable(table);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => formatPath(p.path ?? []));
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.grades.重大',
        '$.grades.较大.deadlines[0].channel',
        '$.grades.一般.deadlines[0].minutes',
      ]),
    );
    expect(r.problems.find((p) => formatPath(p.path ?? []).endsWith('minutes'))?.message).toMatch(/0/);
    for (const p of r.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses two limits for the same stage and channel in one grade', () => {
    const table = clone();
    const grades = table.grades as Record<string, { deadlines: unknown[] }>;
    grades.一般 = {
      deadlines: [
        { stage: '初报', channel: '书面', minutes: 360 },
        { stage: '初报', channel: '书面', minutes: 240 },
      ],
    };
    const r = parseDeadlineTable(table);
    expect(r.ok ? [] : r.problems).toEqual([
      { code: 'duplicate_deadline', message: '“一般”的书面初报时限重复', path: ['grades', '一般', 'deadlines', 1] },
    ]);
  });

  it('names an unknown version and refuses what is not an object, without throwing', () => {
    expect(parseDeadlineTable({ ...clone(), version: 2 })).toMatchObject({
      ok: false,
      problems: [{ code: 'unsupported_version', path: ['version'] }],
    });
    for (const bad of [null, 3, '表', [], undefined]) {
      expect(parseDeadlineTable(bad)).toMatchObject({ ok: false, problems: [{ code: 'invalid_type' }] });
    }
  });
});
