import { type Commission, commissionId, type IsoDate, itemId, reminders, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { isoDateOf, isoDateTimeOf } from './clock.ts';
import {
  buildCommission,
  dueText,
  linkFulfilment,
  newCommissionId,
  reminderText,
  unlinkFulfilment,
} from './commissionLogic.ts';

const d = (s: string) => s as IsoDate;
const xuanhan = unitId('宣汉县');
const dazhu = unitId('大竹县');

function commission(over: Partial<Commission> = {}): Commission {
  return {
    id: commissionId('YG1'),
    topic: '一季度稳增长经验',
    unitIds: [xuanhan, dazhu],
    due: d('2024-03-31'),
    fulfilments: [],
    ...over,
  };
}

describe('buildCommission', () => {
  it('trims the topic, drops repeated units and keeps the dates', () => {
    const r = buildCommission(commissionId('YG1'), {
      topic: '  春耕备耕  ',
      unitIds: [xuanhan, xuanhan, dazhu],
      issued: d('2024-03-01'),
      due: d('2024-03-10'),
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'YG1',
        topic: '春耕备耕',
        unitIds: [xuanhan, dazhu],
        issued: '2024-03-01',
        due: '2024-03-10',
        fulfilments: [],
      },
    });
  });

  it('lists every problem in Chinese', () => {
    const r = buildCommission(commissionId('YG1'), {
      topic: ' ',
      unitIds: [],
      issued: d('2024-03-10'),
      due: d('2024-03-01'),
    });
    expect(r).toEqual({
      ok: false,
      problems: ['请填写约稿主题', '请至少选择一个约稿单位', '截止日期不能早于下发日期'],
    });
  });
});

it('makes distinct readable ids from the time', () => {
  const at = new Date(2024, 2, 5, 9, 30, 15);
  expect(newCommissionId(at, () => 0)).toBe('YG20240305-093015-000');
  expect(newCommissionId(at, () => 0.5)).not.toBe(newCommissionId(at, () => 0.25));
});

it('links one item per unit, replacing an earlier link, and unlinks it', () => {
  let c = linkFulfilment(commission(), xuanhan, itemId('A1'), d('2024-03-20'));
  c = linkFulfilment(c, xuanhan, itemId('A2'), d('2024-03-21'));
  expect(c.fulfilments).toEqual([{ unitId: xuanhan, itemId: 'A2', date: '2024-03-21' }]);
  expect(unlinkFulfilment(c, xuanhan).fulfilments).toEqual([]);
});

it('writes a reminder naming the unit, the topics and how overdue they are', () => {
  const list = reminders(
    [commission(), commission({ id: commissionId('YG2'), topic: '防汛准备', due: d('2024-04-02') })],
    d('2024-04-01'),
    { withinDays: 3 },
  );
  const xh = list.find((r) => r.unitId === xuanhan);
  expect(xh?.commissions.map((s) => dueText(s))).toEqual(['已逾期1天', '还剩1天']);
  expect(reminderText(xh ?? { unitId: xuanhan, commissions: [] }, (id) => `${id}政府办`, d('2024-04-01'))).toBe(
    [
      '宣汉县政府办：',
      '截至2024年4月1日，贵单位以下约稿尚未报送：',
      '1.“一季度稳增长经验”，截止3月31日，已逾期1天；',
      '2.“防汛准备”，截止4月2日，还剩1天。',
      '已逾期的请立即报送，逾期未报将按考核办法扣分；其余请于截止日前报送。',
    ].join('\n'),
  );
});

it('reads the local clock, not UTC', () => {
  const late = new Date(2024, 2, 5, 23, 59);
  expect(isoDateOf(late)).toBe('2024-03-05');
  expect(isoDateTimeOf(late)).toBe('2024-03-05T23:59');
});
