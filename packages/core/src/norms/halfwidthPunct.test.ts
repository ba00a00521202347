import { describe, expect, it } from 'vitest';
import { checkHalfwidthPunct } from './halfwidthPunct.ts';

function marks(text: string): string[] {
  return checkHalfwidthPunct(text).map((h) => `${h.start}:${h.text}→${h.fix}`);
}

describe('halfwidth-punct', () => {
  it.each([
    ['发挥聚集效应,做活棉花产业', ['6:,→，']],
    ['时间:2023年4月10日', ['2::→：']],
    ['起草讲话稿多篇;编发《通讯》12期', ['7:;→；']],
    ['是否需要构建全新的管理理论?厘清这些问题', ['13:?→？']],
    ['全力以赴!确保完成', ['4:!→！']],
    ['省委九届八次全体(扩大)会议', ['8:(→（', '11:)→）']],
    ['从"人找政策"到"政策找人":安顺市的实践', ['14::→：']],
    ['全市GDP增长5.2%,高于全省平均水平', ['11:,→，']],
    ['具体包括:(1)妥善接收各类文件', ['4::→：', '5:(→（', '7:)→）']],
    ['国内生产总值(GDP)同比增长', ['6:(→（', '10:)→）']],
    ['会议要求各单位抓好落实.', ['11:.→。']],
    ['会议要求抓好落实.下一步将继续推进', ['8:.→null']],
    ['各项工作有序推进...', ['8:...→……']],
  ])('flags %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    '全市生产总值增长3.5%，PM2.5平均浓度下降',
    '会议于8:30开始，11:45结束',
    '城乡收入比缩小到1∶2，比例为1:2',
    '全市5G基站达到1,200个',
    '推动GDP、CPI等指标回升',
    '详见附件.docx文件',
    '网址为www.gov.cn，欢迎访问',
    '英文口号为Hello, world.',
    '函数f(x)在区间内单调',
    '1.构建了理想的管理模式',
    '政务室全体、秘书科参加',
    '依据GB/T 15834-2011《标点符号用法》',
    '（一）加强领导，明确责任',
    '',
  ])('is quiet on %s', (text) => {
    expect(checkHalfwidthPunct(text)).toEqual([]);
  });
});
