import { describe, expect, it } from 'vitest';
import { commission, day, u } from './__tests__/builders.ts';
import { commissionPenalties, commissionStatus, commissionStatuses, reminders } from './commissionStatus.ts';

const c = commission(
  'YG-3',
  '2024-03-31',
  ['宣汉县', '达川区', '通川区', '渠县'],
  [
    { unit: '宣汉县', item: 'X-1', date: '2024-03-31' },
    { unit: '达川区', item: 'D-1', date: '2024-04-02' },
    { unit: '通川区', item: 'T-1', date: '2024-04-01' },
    { unit: '通川区', item: 'T-0', date: '2024-03-20' },
  ],
);

describe('commissionStatus', () => {
  it('is on time on the due date itself and late the day after', () => {
    expect(commissionStatus(c, u('宣汉县'), day('2024-04-30'))).toEqual({
      commissionId: 'YG-3',
      topic: '专题YG-3',
      unitId: '宣汉县',
      due: '2024-03-31',
      state: '按时',
      daysRemaining: null,
      fulfilled: { date: '2024-03-31', itemId: 'X-1' },
    });
    expect(commissionStatus(c, u('达川区'), day('2024-04-30'))).toMatchObject({ state: '迟报', daysLate: 2 });
  });

  it('takes the earliest fulfilment of a unit that answered twice', () => {
    expect(commissionStatus(c, u('通川区'), day('2024-04-30'))).toMatchObject({
      state: '按时',
      fulfilled: { itemId: 'T-0' },
    });
  });

  it('is pending through the due date, missing after it, and late once the item arrives', () => {
    expect(commissionStatus(c, u('达川区'), day('2024-03-31'))).toMatchObject({ state: '待报', daysRemaining: 0 });
    expect(commissionStatus(c, u('达川区'), day('2024-04-01'))).toMatchObject({ state: '未报', daysRemaining: -1 });
    expect(commissionStatus(c, u('达川区'), day('2024-04-02'))).toMatchObject({ state: '迟报' });
  });

  it('is null for a unit that was not asked', () => {
    expect(commissionStatus(c, u('万源市'), day('2024-04-30'))).toBeNull();
  });

  it('lists every asked unit once, even when the request names it twice', () => {
    const twice = commission('YG-4', '2024-05-10', ['渠县', '渠县']);
    expect(commissionStatuses([twice], day('2024-05-01')).map((s) => [s.unitId, s.state])).toEqual([['渠县', '待报']]);
  });
});

describe('reminders (催报)', () => {
  it('lists per unit what is overdue or due within the window, by due date', () => {
    const soon = commission('YG-5', '2024-04-03', ['渠县', '宣汉县']);
    const later = commission('YG-6', '2024-04-20', ['渠县']);
    const list = reminders([later, soon, c], day('2024-04-01'));
    expect(list.map((r) => [r.unitId, r.commissions.map((s) => [s.commissionId, s.state, s.daysRemaining])])).toEqual([
      ['宣汉县', [['YG-5', '待报', 2]]],
      [
        '渠县',
        [
          ['YG-3', '未报', -1],
          ['YG-5', '待报', 2],
        ],
      ],
      ['达川区', [['YG-3', '未报', -1]]],
    ]);
    expect(reminders([soon], day('2024-04-01'), { withinDays: 1 })).toEqual([]);
  });
});

describe('commissionPenalties', () => {
  it('derives 约稿未报 and 约稿迟报 dated on the due date, with the computation in the note', () => {
    expect(commissionPenalties([c], day('2024-04-30'))).toEqual([
      {
        unitId: '渠县',
        kind: '约稿未报',
        date: '2024-03-31',
        note: '约稿“专题YG-3”（YG-3）截止 2024-03-31，截至 2024-04-30 未报送',
      },
      {
        unitId: '达川区',
        kind: '约稿迟报',
        date: '2024-03-31',
        itemId: 'D-1',
        note: '约稿“专题YG-3”（YG-3）截止 2024-03-31，2024-04-02 才报送，迟 2 天',
      },
    ]);
  });
});
