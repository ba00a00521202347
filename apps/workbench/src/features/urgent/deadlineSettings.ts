import {
  DEADLINE_TABLE_VERSION,
  DEFAULT_DEADLINE_TABLE,
  type DeadlineTable,
  formatProblem,
  parseDeadlineTable,
  SEVERITY_GRADES,
  type SeverityGrade,
  type URGENT_CHANNELS,
  type URGENT_STAGES,
} from '@caibian/core';

/** The settings key under which the jurisdiction's deadline table is kept. */
export const DEADLINE_TABLE_SETTING = 'urgent.deadlineTable';

/**
 * The deadline table stored in settings, validated: the default table when none was saved, and the default
 * with the problems when the saved one does not validate (the page shows them instead of failing).
 */
export function readDeadlineTable(stored: unknown): { table: DeadlineTable; problems: string[] } {
  if (stored === undefined || stored === null) return { table: DEFAULT_DEADLINE_TABLE, problems: [] };
  const parsed = parseDeadlineTable(stored);
  return parsed.ok
    ? { table: parsed.value, problems: [] }
    : { table: DEFAULT_DEADLINE_TABLE, problems: parsed.problems.map((p) => formatProblem(p)) };
}

/** One editable line of the deadline table: a grade's time limit, in minutes from receipt. */
export interface DeadlineRow {
  key: string;
  grade: SeverityGrade;
  stage: (typeof URGENT_STAGES)[number];
  /** 'any' when a report on either channel meets it. */
  channel: (typeof URGENT_CHANNELS)[number] | 'any';
  minutes: number | null;
}

/** The table's header fields besides the limits. */
export interface DeadlineTableHead {
  jurisdiction: string;
  source?: string | undefined;
  relayMinutes?: number | null | undefined;
  followUpEvery: Partial<Record<SeverityGrade, number | null>>;
}

/** A table as editable lines and head (the inverse of {@link rowsToDeadlineTable}). */
export function deadlineTableToRows(table: DeadlineTable): { head: DeadlineTableHead; rows: DeadlineRow[] } {
  const rows: DeadlineRow[] = [];
  const followUpEvery: DeadlineTableHead['followUpEvery'] = {};
  for (const grade of SEVERITY_GRADES) {
    const g = table.grades[grade];
    followUpEvery[grade] = g.followUpEvery ?? null;
    g.deadlines.forEach((d, i) => {
      rows.push({ key: `${grade}/${i}`, grade, stage: d.stage, channel: d.channel ?? 'any', minutes: d.minutes });
    });
  }
  return {
    head: { jurisdiction: table.jurisdiction, source: table.source, relayMinutes: table.relayMinutes, followUpEvery },
    rows,
  };
}

/**
 * Builds a deadline table from the edited lines and validates it with core's `parseDeadlineTable`: the table,
 * or every problem in Chinese (a grade without limits, a duplicate limit, a non-positive number of minutes…).
 */
export function rowsToDeadlineTable(
  head: DeadlineTableHead,
  rows: readonly DeadlineRow[],
): { ok: true; value: DeadlineTable } | { ok: false; problems: string[] } {
  const grades = Object.fromEntries(
    SEVERITY_GRADES.map((grade) => {
      const every = head.followUpEvery[grade];
      const deadlines = rows
        .filter((r) => r.grade === grade)
        .map((r) => ({
          stage: r.stage,
          ...(r.channel === 'any' ? {} : { channel: r.channel }),
          minutes: r.minutes ?? Number.NaN,
        }));
      return [grade, { deadlines, ...(every ? { followUpEvery: every } : {}) }];
    }),
  );
  const candidate = {
    version: DEADLINE_TABLE_VERSION,
    jurisdiction: head.jurisdiction,
    ...(head.source?.trim() ? { source: head.source.trim() } : {}),
    grades,
    ...(head.relayMinutes ? { relayMinutes: head.relayMinutes } : {}),
  };
  const parsed = parseDeadlineTable(candidate);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => formatProblem(p)) };
}
