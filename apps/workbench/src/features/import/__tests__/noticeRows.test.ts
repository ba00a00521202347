import { type ItemId, itemId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { adoptionKey, noticeAdoptions, readNoticeSheet } from '../noticeRows.ts';

const sheet = (rows: (string | null)[][]) => ({ sheets: [{ name: '通报', rows }] });

describe('readNoticeSheet', () => {
  it('reads titles and the optional adoption columns, leaving out rows without a title', () => {
    const read = readNoticeSheet(
      sheet([
        ['序号', '标题', '单位', '刊物', '采用级别', '采用日期', '期号'],
        ['1', '城关镇春耕备耕', '城关镇', '《昨日情况》', '市级', '2025/3/9', '〔2025〕第12期'],
        ['2', null, null, null, null, null, null],
      ]),
    );
    expect(read.ok && read.value.rows).toEqual([
      {
        row: 2,
        title: '城关镇春耕备耕',
        units: ['城关镇'],
        publication: '《昨日情况》',
        level: '市',
        date: '2025-03-09',
        issue: '〔2025〕第12期',
      },
    ]);
  });

  it('names the sheet, row and column of an unreadable value, and a missing 标题 column', () => {
    const read = readNoticeSheet(
      sheet([
        ['标题', '采用形式', '日期'],
        ['甲', '头条', '三月'],
      ]),
    );
    expect(read.ok ? [] : read.problems.map((p) => [p.location?.row, p.location?.column])).toEqual([
      [2, '采用形式（B列）'],
      [2, '日期（C列）'],
    ]);
    const none = readNoticeSheet(sheet([['题名'], ['甲']]));
    expect(none.ok ? '' : none.problems[0]?.message).toContain('标题');
  });
});

describe('noticeAdoptions', () => {
  const notice = {
    sheet: '通报',
    rows: [
      { row: 2, title: '城关镇春耕', publication: '昨日情况' },
      { row: 3, title: '石桥镇招商' },
      { row: 4, title: '多地推进春耕' },
    ],
  };

  it('takes each row’s columns, else the whole notice’s, one adoption per chosen item', () => {
    const chosen = new Map<number, ItemId[]>([
      [2, [itemId('A1')]],
      [3, []],
      [4, [itemId('A2'), itemId('A3')]],
    ]);
    const built = noticeAdoptions(notice, chosen, {
      level: '市',
      publication: '专报信息',
      date: '2025-03-09',
      form: '综合',
    });
    expect(built.ok && built.value.map((a) => [a.itemId, a.publication, a.level, a.date, a.form])).toEqual([
      ['A1', '昨日情况', '市', '2025-03-09', '综合'],
      ['A2', '专报信息', '市', '2025-03-09', '综合'],
      ['A3', '专报信息', '市', '2025-03-09', '综合'],
    ]);
  });

  it('asks for what a chosen row still lacks, naming its row', () => {
    const built = noticeAdoptions(notice, new Map([[3, [itemId('A1')]]]), {});
    expect(built.ok ? [] : built.problems.map((p) => [p.location?.row, p.message])).toEqual([
      [3, '缺少采用级别、采用刊物、采用日期：请在通报中填写，或在上方为整份通报填写'],
    ]);
  });

  it('identifies an adoption regardless of the brackets around its publication', () => {
    const a = { itemId: itemId('A1'), level: '市' as const, date: '2025-03-09' as never };
    expect(adoptionKey({ ...a, publication: '《昨日情况》' })).toBe(adoptionKey({ ...a, publication: '昨日情况' }));
  });
});
