import { describe, expect, it } from 'vitest';
import { checkHeadingNumber } from './headingNumber.ts';

function found(text: string): string[] {
  return checkHeadingNumber(text).map((h) => `${h.start}:${h.text}→${h.fix}`);
}

describe('heading-number', () => {
  it('flags 1、 at a paragraph start and fixes it to 1.', () => {
    expect(found('主要职责如下：\n1、负责审核县直各部门信息\n2、对县直各部门进行督查')).toEqual([
      '8:1、→1.',
      '22:2、→2.',
    ]);
  });

  it('flags 一. and 一． and fixes them to 一、', () => {
    expect(found('一.总体要求\n  二．工作任务\n十一.保障措施')).toEqual([
      '0:一.→一、',
      '9:二．→二、',
      '16:十一.→十一、',
    ]);
  });

  it('flags ASCII-bracketed numbers and a superfluous 、 after brackets', () => {
    expect(found('(一)加强领导\n(1)大力实施“五减”\n（二）、创新方式\n\u3000\u3000(2)、全力推行')).toEqual([
      '0:(一)→（一）',
      '8:(1)→（1）',
      '20:（二）、→（二）',
      '31:(2)、→（2）',
    ]);
  });

  it.each([
    '一、总体要求\n（一）加强领导\n1.构建管理体系\n（1）妥善接收',
    '1、2月份，全市GDP增长5.2%',
    '全年工作分为三步：1、摸底；2、整改',
    '一是提高了调研能力。二是提高了综合能力。',
    '2024、2025两年目标',
    '一.5倍',
    '',
  ])('is quiet on %s', (text) => {
    expect(checkHeadingNumber(text)).toEqual([]);
  });
});
