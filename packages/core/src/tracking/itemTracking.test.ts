import { describe, expect, it } from 'vitest';
import { adoption, day, i, instruction, route } from './__tests__/builders.ts';
import { itemTracking } from './itemTracking.ts';

describe('itemTracking', () => {
  it('shows each recipient of an item sent to the city and forwarded to the province', () => {
    const records = {
      routes: [
        route('A1', '省', '2024-03-06', { kind: '转报', office: '省政府办公厅' }),
        route('A1', '市', '2024-03-05', { office: '市政府办公室' }),
      ],
      adoptions: [adoption('A1', '市', '2024-03-08', '政务要情')],
    };
    const t = itemTracking(records, i('A1'));
    expect(t.recipients.map((r) => [r.level, r.office, r.kind, r.date, r.status])).toEqual([
      ['市', '市政府办公室', '直报', '2024-03-05', '已采用'],
      ['省', '省政府办公厅', '转报', '2024-03-06', '已报送'],
    ]);
    expect(t.recipients[0]?.adoptions.map((a) => a.publication)).toEqual(['政务要情']);
  });

  it('marks a recipient adopted even when its route still says 未采用 or 退改', () => {
    const records = {
      routes: [
        route('A2', '市', '2024-03-01', { status: '未采用' }),
        route('A2', '省', '2024-03-01', { status: '退改' }),
      ],
      adoptions: [adoption('A2', '省', '2024-03-20')],
    };
    expect(itemTracking(records, i('A2')).recipients.map((r) => [r.level, r.recordedStatus, r.status])).toEqual([
      ['市', '未采用', '未采用'],
      ['省', '退改', '已采用'],
    ]);
  });

  it('credits an adoption that names its office to that recipient only, when two offices at one level got the item', () => {
    const records = {
      routes: [
        route('A5', '市', '2024-03-01', { office: '市委办公室' }),
        route('A5', '市', '2024-03-01', { office: '市政府办公室' }),
      ],
      adoptions: [{ ...adoption('A5', '市', '2024-03-04', '政务要情'), office: '市政府办公室' }],
    };
    expect(itemTracking(records, i('A5')).recipients.map((r) => [r.office, r.status])).toEqual([
      ['市委办公室', '已报送'],
      ['市政府办公室', '已采用'],
    ]);
  });

  it('ties instructions to the recipient whose publication carried them, else to the level of the leader', () => {
    const records = {
      routes: [route('A3', '市', '2024-03-01'), route('A3', '省', '2024-03-02')],
      adoptions: [adoption('A3', '市', '2024-03-03', '昨日情况'), adoption('A3', '省', '2024-03-04', '每日要情')],
      instructions: [
        instruction('A3', '省', '2024-03-06', '昨日情况'),
        instruction('A3', '市', '2024-03-05'),
        instruction('A3', '国家', '2024-03-07'),
      ],
    };
    const t = itemTracking(records, i('A3'));
    expect(t.recipients.map((r) => r.instructions.map((x) => x.rank))).toEqual([['市', '省'], []]);
    expect(t.unattachedInstructions.map((x) => x.rank)).toEqual(['国家']);
  });

  it('keeps an adoption at a level the item was never routed to', () => {
    const records = { routes: [route('A4', '市', '2024-03-01')], adoptions: [adoption('A4', '国家', '2024-03-09')] };
    const t = itemTracking(records, i('A4'));
    expect(t.recipients.map((r) => r.status)).toEqual(['已报送']);
    expect(t.unroutedAdoptions.map((a) => a.level)).toEqual(['国家']);
  });

  it('ignores what was dated after asOf', () => {
    const records = { routes: [route('A5', '市', '2024-03-01')], adoptions: [adoption('A5', '市', '2024-04-02')] };
    expect(itemTracking(records, i('A5'), { asOf: day('2024-03-31') }).recipients[0]?.status).toBe('已报送');
  });
});
