import {
  type Commission,
  type CommissionId,
  type CommissionStatus,
  commissionId,
  type DeadlineState,
  type IsoDate,
  type ItemId,
  type Reminder,
  type UnitId,
} from '@caibian/core';

/** What the 约稿 form collects. */
export interface CommissionInput {
  readonly topic: string;
  readonly unitIds: readonly UnitId[];
  readonly issued?: IsoDate | undefined;
  readonly due: IsoDate;
}

/**
 * A new commission id from the time it is created and a random suffix, e.g. `YG20240305-093015-k3f`.
 *
 * @example
 * newCommissionId(new Date(2024, 2, 5, 9, 30, 15), () => 0.5);
 */
export function newCommissionId(now: Date, random: () => number = Math.random): CommissionId {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(
    now.getMinutes(),
  )}${pad(now.getSeconds())}`;
  const suffix = Math.floor(random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
  return commissionId(`YG${stamp}-${suffix}`);
}

/**
 * Checks the form's input and builds a commission, or returns the Chinese problems (empty topic, no unit, due
 * date before the issue date).
 */
export function buildCommission(
  id: CommissionId,
  input: CommissionInput,
): { ok: true; value: Commission } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const topic = input.topic.trim();
  if (topic === '') problems.push('请填写约稿主题');
  const unitIds = [...new Set(input.unitIds)];
  if (unitIds.length === 0) problems.push('请至少选择一个约稿单位');
  if (input.issued && input.due < input.issued) problems.push('截止日期不能早于下发日期');
  if (problems.length > 0) return { ok: false, problems };
  const value: Commission = { id, topic, unitIds, due: input.due, fulfilments: [] };
  if (input.issued) value.issued = input.issued;
  return { ok: true, value };
}

/** `commission` with `unitId`'s answer set to `itemId` on `date` (one answer per unit: a new link replaces the old). */
export function linkFulfilment(commission: Commission, unitId: UnitId, itemId: ItemId, date: IsoDate): Commission {
  return {
    ...commission,
    fulfilments: [...commission.fulfilments.filter((f) => f.unitId !== unitId), { unitId, itemId, date }],
  };
}

/** `commission` without `unitId`'s answer. */
export function unlinkFulfilment(commission: Commission, unitId: UnitId): Commission {
  return { ...commission, fulfilments: commission.fulfilments.filter((f) => f.unitId !== unitId) };
}

/** The colour antd's Tag uses for each state: 待报 blue, 按时 green, 迟报 orange, 未报 red. */
export const STATE_COLORS: Readonly<Record<DeadlineState, string>> = {
  待报: 'blue',
  按时: 'green',
  迟报: 'orange',
  未报: 'red',
};

/**
 * How a status reads in a table cell: 还剩3天 / 今天到期 / 已逾期2天 / 5月3日报送 / 迟报2天.
 *
 * @example
 * dueText({ state: '未报', daysRemaining: -2, … }); // '已逾期2天'
 */
export function dueText(status: CommissionStatus): string {
  if (status.fulfilled) {
    const on = chineseDay(status.fulfilled.date);
    return status.daysLate ? `${on}报送，迟${status.daysLate}天` : `${on}报送`;
  }
  const days = status.daysRemaining ?? 0;
  if (days > 0) return `还剩${days}天`;
  if (days === 0) return '今天到期';
  return `已逾期${-days}天`;
}

/** `2024-03-05` → `3月5日`. */
export function chineseDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `2024-03-05` → `2024年3月5日`. */
export function chineseDate(date: IsoDate): string {
  return `${date.slice(0, 4)}年${chineseDay(date)}`;
}

/**
 * The 催报 text for one unit, ready to paste into a message or a phone note.
 *
 * @example
 * reminderText(reminder, (id) => id, '2024-03-28' as IsoDate);
 * // 宣汉县：截至2024年3月28日，贵单位以下约稿尚未报送：\n1.“一季度经济运行情况”，截止3月31日，还剩3天；…
 */
export function reminderText(reminder: Reminder, unitName: (id: UnitId) => string, asOf: IsoDate): string {
  const lines = reminder.commissions.map((s, i) => `${i + 1}.“${s.topic}”，截止${chineseDay(s.due)}，${dueText(s)}`);
  const overdue = reminder.commissions.some((s) => s.state === '未报');
  return [
    `${unitName(reminder.unitId)}：`,
    `截至${chineseDate(asOf)}，贵单位以下约稿尚未报送：`,
    ...lines.map((line, i) => `${line}${i === lines.length - 1 ? '。' : '；'}`),
    overdue
      ? '已逾期的请立即报送，逾期未报将按考核办法扣分；其余请于截止日前报送。'
      : '请于截止日前报送，逾期未报将按考核办法扣分。',
  ].join('\n');
}
