import { describe, expect, it } from 'vitest';
import { checkTitleLength } from './titleLength.ts';
import { checkTitleTrailingPunct } from './titleTrailingPunct.ts';

describe('title-length', () => {
  it('is quiet on a title of 30 characters or fewer', () => {
    expect(checkTitleLength('亳州市五举措推动微课教研与教育信息技术深度融合')).toEqual([]);
    expect(checkTitleLength('一'.repeat(30))).toEqual([]);
  });

  it('flags a title over 30 characters, spanning the title without its outer spaces', () => {
    const title = ' 镇沅县出台"134"措施贯彻落实省委九届八次全体（扩大）会议精神 ';
    const [found] = checkTitleLength(title);
    expect(found?.text).toBe(title.trim());
    expect(found?.start).toBe(1);
    expect(found?.message).toContain('标题共32字，超过30字');
    expect(found?.fix).toBeNull();
  });

  it('counts each character once: a surrogate pair is one, spaces are none', () => {
    expect(checkTitleLength(`${'𠀀'.repeat(30)}`)).toEqual([]);
    expect(checkTitleLength(`${'某'.repeat(15)} ${'县'.repeat(15)}`)).toEqual([]);
    expect(checkTitleLength('某'.repeat(31))).toHaveLength(1);
  });

  it('takes the limit as a parameter', () => {
    expect(checkTitleLength('惠安县召开政务公开推进会', 10)).toHaveLength(1);
    expect(checkTitleLength('惠安县召开政务公开推进会', 12)).toEqual([]);
  });
});

describe('title-trailing-punct', () => {
  it.each([
    '惠安县召开政务公开推进会。',
    '上海加力支持汽车以旧换新！',
    '种子价格为何大幅上涨？',
    '某县召开会议；',
    '某县召开会议，',
    '某县召开会议、',
    '某县召开会议.',
    '某县召开会议!',
    '某县召开会议?',
    '某县召开会议;',
    '某县召开会议,',
  ])('flags and deletes the trailing mark of %s', (title) => {
    const [found] = checkTitleTrailingPunct(title);
    expect(found).toMatchObject({ start: title.length - 1, end: title.length, fix: '' });
  });

  it('spans a run of marks and ignores trailing spaces', () => {
    expect(checkTitleTrailingPunct('某县召开会议！！ ')).toEqual([
      expect.objectContaining({ start: 6, end: 8, text: '！！', fix: '' }),
    ]);
  });

  it.each([
    '惠安县召开政务公开推进会',
    '我县召开《政府工作报告》征求意见会',
    '从“人找政策”到“政策找人”',
    '某县PM2.5浓度下降',
    '全县增长3.5%',
    '某县召开会议……',
    '某县召开会议...',
    '',
  ])('is quiet on %s', (title) => {
    expect(checkTitleTrailingPunct(title)).toEqual([]);
  });
});
