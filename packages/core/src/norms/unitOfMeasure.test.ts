import { describe, expect, it } from 'vitest';
import { checkUnitOfMeasure } from './unitOfMeasure.ts';

function found(text: string): string[] {
  return checkUnitOfMeasure(text).map((h) => h.text);
}

describe('unit-of-measure', () => {
  it.each([
    ['每亩增产50斤', ['50斤']],
    ['小麦平均亩产1200斤', ['1200斤']],
    ['全县种植油菜3.5万亩', ['3.5万亩']],
    ['新增高标准农田5000亩', ['5000亩']],
    ['苗高120公分', ['120公分']],
    ['收购价每斤上涨0.2元，共收购粮食1.2万市斤', ['1.2万市斤']],
    ['他家承包了两亩地，种了三亩玉米', ['两亩', '三亩']],
    ['一头猪能多卖几百斤', ['几百斤']],
  ])('flags %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
    for (const h of checkUnitOfMeasure(text)) expect(h.fix).toBeNull();
  });

  it('gives the exact conversion of 斤 in the message', () => {
    expect(checkUnitOfMeasure('每亩增产50斤')[0]?.message).toContain('50斤=25千克');
  });

  it.each([
    '每亩增产25公斤',
    '新建道路12公里',
    '每亩补贴100元',
    '亩均税收达到5万元',
    '千斤顶等应急设备',
    '不能斤斤计较',
    '四两拨千斤',
    '只顾自己的一亩三分地',
    '统一亩产标准',
    '万亩良田',
    '求最小公分母',
    '设立办公分区',
    '两个',
    '',
  ])('is quiet on %s', (text) => {
    expect(checkUnitOfMeasure(text)).toEqual([]);
  });
});
