import { describe, expect, it } from 'vitest';
import { applyFix } from './applyFix.ts';
import { checkRange } from './range.ts';

function fixed(text: string): string[] {
  return checkRange(text).map((h) => `${h.text}→${h.fix}`);
}

describe('range', () => {
  it.each([
    ['预计增长30-40%', '30-40%→30%~40%'],
    ['每户补贴5-10万元', '5-10万元→5万元~10万元'],
    ['单个项目投资1-2亿元', '1-2亿元→1亿元~2亿元'],
    ['带动就业3-5万人次', '3-5万人次→3万人次~5万人次'],
    ['降幅为1.5-2.5%', '1.5-2.5%→1.5%~2.5%'],
    ['利率下调20%-30%', '20%-30%→20%~30%'],
    ['每户补助5万元-10万元', '5万元-10万元→5万元~10万元'],
    ['仅2009年1-3月份，市政府领导批示13条', '1-3→1~3'],
    ['每个村配备2-3名网格员', '2-3→2~3'],
    ['工期缩短10-15天', '10-15→10~15'],
    ['2023-2025年，全市将新建学校12所', '2023-2025→2023~2025'],
    ['预计3－5年内建成', '3－5→3~5'],
    ['气温8–12度', '8–12→8~12'],
  ])('flags %s', (text, expected) => {
    expect(fixed(text)).toEqual([expected]);
  });

  it('applies the fix in place', () => {
    const text = '每户补贴5-10万元，覆盖30-40%的农户';
    let result = text;
    for (const found of checkRange(text).reverse()) result = applyFix(result, found);
    expect(result).toBe('每户补贴5万元~10万元，覆盖30%~40%的农户');
    expect(checkRange(result)).toEqual([]);
  });

  it.each([
    '时间:2023-04-10 01:29:29',
    '于2024-3-5召开会议',
    '依据GB/T 15835-2011《出版物上数字用法》',
    '咨询电话0871-63101234，24小时值班',
    '拨打12345-6号线',
    '中国队3-1战胜对手',
    '比分为1-1',
    '详见图1-5和表2-3',
    '住在3栋2-301室',
    '新冠病毒COVID-19疫情',
    '会议时间为8:30-11:30',
    '增长3.5%，PM2.5浓度下降',
    '正确写法为30%~40%和5万元~10万元',
    '第1-2',
    '中国队1-3不敌对手',
    '气温-5℃到-10℃之间',
  ])('is quiet on %s', (text) => {
    expect(checkRange(text)).toEqual([]);
  });
});
