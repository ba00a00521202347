import { itemId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { actionsFor, adoptionFor, instructionFor, isoOf, routesFor, stepOf } from './workflowSteps.ts';

const A1 = itemId('A1');

describe('the workflow steps', () => {
  it('offers 送审 on a draft or a returned item, 退改 or 签发 in review, 报送 once signed', () => {
    expect(actionsFor('草稿')).toEqual(['送审']);
    expect(actionsFor('退改')).toEqual(['送审']);
    expect(actionsFor('审核中')).toEqual(['退改', '签发']);
    expect(actionsFor('已签发')).toEqual(['报送', '撤回签发']);
    expect(actionsFor('已报送')).toEqual(['报送']);
  });

  it('shows a returned item back at the draft step', () => {
    expect(['草稿', '退改', '审核中', '已签发', '已报送'].map((s) => stepOf(s as never))).toEqual([0, 0, 1, 2, 3]);
  });
});

describe('isoOf', () => {
  it('reads a picker value or a date string, and refuses what is not a real date', () => {
    expect(isoOf({ format: () => '2024-03-05' })).toBe('2024-03-05');
    expect(isoOf('2024-02-29')).toBe('2024-02-29');
    expect(isoOf('2023-02-29')).toBeUndefined();
    expect(isoOf(null)).toBeUndefined();
  });
});

describe('records from the forms', () => {
  it('writes one route per distinct recipient, 已报送 on the chosen date', () => {
    const routes = routesFor(
      A1,
      [
        { office: ' 市政府办公室 ', level: '市', kind: '直报' },
        { office: '市政府办公室', level: '市', kind: '直报' },
        { level: '省', kind: '转报' },
      ],
      '2024-03-05',
    );
    expect(routes).toEqual([
      { itemId: A1, level: '市', office: '市政府办公室', kind: '直报', date: '2024-03-05', status: '已报送' },
      { itemId: A1, level: '省', kind: '转报', date: '2024-03-05', status: '已报送' },
    ]);
  });

  it('records an adoption at the recipient level, without the book-title marks', () => {
    expect(
      adoptionFor(A1, '市', { publication: '《昨日情况》', form: '简讯', date: '2024-03-06', issue: ' 第9期 ' }),
    ).toEqual({
      itemId: A1,
      level: '市',
      publication: '昨日情况',
      form: '简讯',
      date: '2024-03-06',
      issue: '第9期',
    });
    expect(adoptionFor(A1, '市', { publication: '昨日情况', date: undefined })).toBeNull();
  });

  it('records an instruction, 其他领导 by default', () => {
    expect(instructionFor(A1, { leader: '张市长', rank: '市', date: '2024-03-07', publication: '' })).toEqual({
      itemId: A1,
      leader: '张市长',
      rank: '市',
      category: '其他领导',
      date: '2024-03-07',
    });
  });
});
