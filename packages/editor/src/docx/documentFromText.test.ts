// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksFromText, documentFromText } from './documentFromText.ts';

describe('blocksFromText', () => {
  it('splits paragraphs at blank lines and joins the lines of one paragraph', () => {
    expect(blocksFromText('　　第一段第一行\r\n第一段第二行\n \n第二段 GDP\ngrowth\n\n\n')).toEqual([
      { kind: 'paragraph', runs: [{ text: '第一段第一行第一段第二行' }] },
      { kind: 'paragraph', runs: [{ text: '第二段 GDP growth' }] },
    ]);
  });

  it('recognises a paragraph that is only a numbered heading, at its level', () => {
    const blocks = blocksFromText('一、总体情况\n\n（一）主要做法\n\n1.简化审批\n\n（1）压缩时限');
    expect(blocks.map((b) => (b.kind === 'heading' ? b.level : b.kind))).toEqual([1, 2, 3, 4]);
  });

  it('keeps body text that merely starts like a heading as a paragraph', () => {
    const text = [
      '一、总体情况。今年以来，全市新增市场主体1.2万户，同比增长15.3%。',
      '1.5万元用于补助。',
      '一、坚持高位推动，强化责任落实，切实把优化营商环境作为一把手工程抓紧抓实，全年新增市场主体1.2万户，同比增长15.3%',
    ].join('\n\n');
    expect(blocksFromText(text).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('never reads markup: asterisks and tags stay as typed', () => {
    expect(blocksFromText('**加粗** <b>标签</b> &amp;')).toEqual([
      { kind: 'paragraph', runs: [{ text: '**加粗** <b>标签</b> &amp;' }] },
    ]);
  });
});

describe('documentFromText', () => {
  it('builds a versioned document, dropping an empty unit', () => {
    expect(documentFromText(' 标题 ', '正文。', '  ')).toEqual({
      version: 1,
      title: '标题',
      blocks: [{ kind: 'paragraph', runs: [{ text: '正文。' }] }],
    });
    expect(documentFromText('标题', '正文。', '市统计局').unit).toBe('市统计局');
  });
});
