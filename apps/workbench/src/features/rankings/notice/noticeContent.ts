import type { NoticeData, RankRow } from '../../../workers/rankingTypes.ts';

/** The notice's title: 2024年3月政务信息工作排名通报. */
export function noticeTitle(notice: NoticeData): string {
  return `${notice.period.label}政务信息工作排名通报`;
}

/** The intro line naming the period and the scheme. */
export function noticeIntro(notice: NoticeData): string {
  return `现将${notice.period.label}（${notice.period.from}至${notice.period.to}）各单位政务信息工作得分排名情况通报如下。计分依据：${notice.schemeName}。`;
}

/** The table header of every group. */
export const NOTICE_HEADER = ['名次', '单位', '得分'] as const;

/** A score as the notice prints it: up to two decimals, 无 for no average. */
export function noticeScore(score: number | null): string {
  return score === null ? '无' : String(Math.round(score * 100) / 100);
}

/** One table row of the notice; a disqualified unit is flagged after its name. */
export function noticeRow(row: RankRow): [string, string, string] {
  return [String(row.rank), row.disqualified ? `${row.name}（取消评优资格）` : row.name, noticeScore(row.score)];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The heading of group `index` (0-based): 一、县区组. */
export function groupHeading(index: number, group: string): string {
  return `${NUMERALS[index] ?? String(index + 1)}、${group}`;
}
