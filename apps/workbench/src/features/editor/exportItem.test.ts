import { textToBriefing } from '@caibian/editor';
import { describe, expect, it } from 'vitest';
import { docxFileName, itemDocx, secrecyWarning } from './exportItem.ts';

describe('secrecyWarning', () => {
  it('warns for an item marked 秘密, 机密 or 绝密', () => {
    expect(secrecyWarning({ secrecy: '机密' }, '标题', '正文')).toMatch(/^本稿件密级为“机密”，不得通过互联网/);
  });

  it('warns when the text carries 内部资料 or a secrecy word', () => {
    expect(secrecyWarning({ secrecy: '无' }, '（内部资料）我县经济运行情况', '')).toContain('含有“内部资料”字样');
    expect(secrecyWarning({ secrecy: '无' }, '标题', '此件绝密')).toContain('含有“绝密”字样');
  });

  it('is silent for an open item', () => {
    expect(secrecyWarning({ secrecy: '无' }, '我县召开防汛会议', '保密工作与群众密切相关')).toBeNull();
  });
});

describe('docxFileName', () => {
  it('drops characters file systems refuse and caps the length', () => {
    expect(docxFileName('关于"一网通办"的<情况>/报告')).toBe('关于一网通办的情况报告.docx');
    expect(docxFileName('  ')).toBe('未命名稿件.docx');
    expect(Array.from(docxFileName('字'.repeat(60))).length).toBe(45);
  });
});

describe('itemDocx', () => {
  it('writes a Word file (a zip) of the Word mime type', async () => {
    const blob = await itemDocx(textToBriefing('我县召开防汛会议', '7月1日，我县召开会议。'), ['海州区']);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const head = new Uint8Array(await blob.arrayBuffer()).slice(0, 2);
    expect(String.fromCharCode(...head)).toBe('PK');
  });
});
