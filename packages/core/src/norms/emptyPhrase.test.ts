import { describe, expect, it } from 'vitest';
import { checkEmptyPhrase, holdsNumber } from './emptyPhrase.ts';

function found(text: string, phrases?: readonly string[]): string[] {
  return checkEmptyPhrase(text, phrases).map((h) => h.text);
}

describe('empty-phrase', () => {
  it.each([
    ['全县经济运行稳中向好。', ['稳中向好']],
    ['扎实推进政务服务体系标准化建设', ['扎实推进']],
    ['服务水平显著提升，群众满意度不断提高。', ['显著提升']],
    ['圆满完成了全年各项目标任务。', ['圆满完成了全年各项目标任务']],
    ['圆满完成任务', ['圆满完成任务']],
    ['一是扎实推进改革；二是经济稳中向好。', ['扎实推进', '稳中向好']],
  ])('flags %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    '群众满意度显著提升至98.6%。',
    '全县经济运行稳中向好，GDP增长5.2%。',
    '扎实推进12项重点改革',
    '圆满完成三项任务',
    '百分之九十的群众满意度显著提升',
    '圆满完成接待工作。任务已经交接',
    '全市进一步优化营商环境',
  ])('is quiet on %s', (text) => {
    expect(checkEmptyPhrase(text)).toEqual([]);
  });

  it('takes its own list, with … standing for any text within a sentence', () => {
    expect(found('取得了明显成效。成效明显', ['取得…成效', '不断加强'])).toEqual(['取得了明显成效']);
    expect(found('有力推动了发展', ['有力...发展'])).toEqual(['有力推动了发展']);
    expect(found('扎实推进', [])).toEqual([]);
    expect(found('扎实推进', ['…'])).toEqual([]);
  });

  it('counts Arabic digits, 百分之 and Chinese quantities as numbers, not a lone 一', () => {
    expect(holdsNumber('增长5%')).toBe(true);
    expect(holdsNumber('新增两个')).toBe(true);
    expect(holdsNumber('进一步推进')).toBe(false);
    expect(holdsNumber('一是')).toBe(false);
  });
});
