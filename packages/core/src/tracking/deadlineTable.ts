import * as z from 'zod';
import { type Problem, problemsFromZod, zodChinese } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import { URGENT_CHANNELS, URGENT_STAGES } from '../model/records.ts';
import { SEVERITY_GRADES } from '../model/vocabulary.ts';

/** The version of the deadline table format this code reads and writes. */
export const DEADLINE_TABLE_VERSION = 1;

const minutes = z.number().int({ message: '应为整数分钟' }).positive({ message: '应大于 0 分钟' });

/** One time limit: a report of `stage` (on `channel`, or on any channel when absent) within `minutes` of receipt. */
export const UrgentDeadlineSchema = z.object({
  stage: z.enum(URGENT_STAGES),
  /** 电话 or 书面; absent: a report on either channel meets it. */
  channel: z.enum(URGENT_CHANNELS).optional(),
  /** Minutes from the time received (接报时间). */
  minutes,
});
/** One time limit of a deadline table. */
export type UrgentDeadline = z.infer<typeof UrgentDeadlineSchema>;

/** The time limits of one severity grade. */
export const GradeDeadlinesSchema = z.object({
  deadlines: z.array(UrgentDeadlineSchema).min(1, { message: '每个等级至少要有一个时限' }),
  /** 续报 interval: while there is no 终报, a 续报 is due this many minutes after the previous report. */
  followUpEvery: minutes.optional(),
});
/** The time limits of one severity grade. */
export type GradeDeadlines = z.infer<typeof GradeDeadlinesSchema>;

/**
 * A jurisdiction's urgent-information time limits (紧急信息报送时限), as versioned JSON: per severity grade, per
 * stage and channel, minutes from the time received; an optional 续报 interval; the county→city relay time.
 */
export const DeadlineTableSchema = z.object({
  version: z.literal(DEADLINE_TABLE_VERSION),
  /** Whose rules these are, e.g. 某市人民政府办公室. */
  jurisdiction: z.string().trim().min(1, { message: '不能为空' }),
  /** The rule text the numbers come from (文件名称、条款). */
  source: z.string().optional(),
  grades: z.object({
    特别重大: GradeDeadlinesSchema,
    重大: GradeDeadlinesSchema,
    较大: GradeDeadlinesSchema,
    一般: GradeDeadlinesSchema,
  }),
  /** Minutes a county office has to pass a report on to the city (县级向市级报告时限). */
  relayMinutes: minutes.optional(),
});
/** A validated deadline table. */
export type DeadlineTable = z.infer<typeof DeadlineTableSchema>;

/**
 * The default table, from the published examples quoted in domain.md ("Urgent information"). Every office must
 * configure its own jurisdiction's table (see {@link parseDeadlineTable}); these numbers are only examples:
 * - 特别重大 and 重大: 初报 by phone within 15 minutes ("phone 15 min … for 重大 and above") and in writing within
 *   30 minutes (the stricter end of "written 30–35 min for 重大 and above");
 * - 较大: written 初报 within 60 minutes ("较大 written within 1 h"); no phone limit published;
 * - 一般: written 初报 within 360 minutes ("一般 within 6 h"); no phone limit published;
 * - relay from county to city: 120 minutes ("county to city 2 h");
 * - no 续报 interval: none is published in the examples.
 */
export const DEFAULT_DEADLINE_TABLE: DeadlineTable = {
  version: DEADLINE_TABLE_VERSION,
  jurisdiction: '示例时限（domain.md 引用的公开规定，须按本地规定配置）',
  source: 'domain.md “Urgent information”: 重大及以上电话15分钟、书面30～35分钟；较大书面1小时；一般6小时；县到市2小时',
  grades: {
    特别重大: {
      deadlines: [
        { stage: '初报', channel: '电话', minutes: 15 },
        { stage: '初报', channel: '书面', minutes: 30 },
      ],
    },
    重大: {
      deadlines: [
        { stage: '初报', channel: '电话', minutes: 15 },
        { stage: '初报', channel: '书面', minutes: 30 },
      ],
    },
    较大: { deadlines: [{ stage: '初报', channel: '书面', minutes: 60 }] },
    一般: { deadlines: [{ stage: '初报', channel: '书面', minutes: 360 }] },
  },
  relayMinutes: 120,
};

/**
 * Validates a deadline table (JSON written by an office). Returns every problem with its JSON path and a Chinese
 * message; never throws. Two limits for the same stage and channel in one grade are a problem.
 *
 * @example
 * const r = parseDeadlineTable(JSON.parse(text));
 * if (r.ok) urgentStatus(event, r.value, now);
 */
export function parseDeadlineTable(input: unknown): Result<DeadlineTable, Problem> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ code: 'invalid_type', message: '时限表应为 JSON 对象', path: [] }]);
  }
  const version = (input as { version?: unknown }).version;
  if (version !== DEADLINE_TABLE_VERSION) {
    return fail([
      {
        code: 'unsupported_version',
        message: `不支持的时限表版本 ${JSON.stringify(version)}：本程序读取版本 ${DEADLINE_TABLE_VERSION}`,
        path: ['version'],
      },
    ]);
  }
  const parsed = DeadlineTableSchema.safeParse(input, zodChinese);
  if (!parsed.success) return fail(problemsFromZod(parsed.error));
  const problems: Problem[] = [];
  for (const grade of SEVERITY_GRADES) {
    const seen = new Set<string>();
    parsed.data.grades[grade].deadlines.forEach((d, i) => {
      const key = `${d.stage}/${d.channel ?? '任意'}`;
      if (seen.has(key)) {
        problems.push({
          code: 'duplicate_deadline',
          message: `“${grade}”的${d.channel ?? ''}${d.stage}时限重复`,
          path: ['grades', grade, 'deadlines', i],
        });
      }
      seen.add(key);
    });
  }
  return problems.length > 0 ? fail(problems) : ok(parsed.data);
}
