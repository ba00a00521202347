// @vitest-environment node
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../document/BriefingDocument.ts';
import { $blocksToNodes } from './blocksToNodes.ts';
import { createBriefingHeadlessEditor } from './headless.ts';
import { $readBody } from './readBody.ts';
import { blocksToText } from './textToBlocks.ts';

const paragraph = (...runs: Block extends never ? never : { text: string; bold?: boolean }[]): Block => ({
  kind: 'paragraph',
  runs,
});

const BLOCKS: Block[] = [
  { kind: 'heading', level: 1, runs: [{ text: '一、工作成效' }] },
  paragraph({ text: '全市' }, { text: '粮食总产', bold: true }, { text: '增长5.2%。\n另起一行' }),
  {
    kind: 'list',
    ordered: true,
    items: [[{ text: '一是强化领导' }], [{ text: '二是', bold: true }, { text: '压实责任' }]],
  },
  { kind: 'list', ordered: false, items: [[{ text: '要点' }]] },
  {
    kind: 'table',
    rows: [
      [[{ text: '县区' }], [{ text: '条数' }]],
      [[{ text: '宣汉县' }], [{ text: '12' }]],
    ],
  },
  { kind: 'heading', level: 4, runs: [{ text: '（1）其他' }] },
];

function roundTrip(blocks: Block[]) {
  const editor = createBriefingHeadlessEditor();
  editor.update(
    () =>
      $getRoot()
        .clear()
        .append(...$blocksToNodes(blocks)),
    { discrete: true },
  );
  const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
  const reloaded = createBriefingHeadlessEditor();
  reloaded.setEditorState(reloaded.parseEditorState(saved));
  return reloaded.getEditorState().read(() => $readBody());
}

describe('blocks ↔ Lexical nodes', () => {
  it('keeps paragraphs, bold runs, headings, lists and tables through saved JSON', () => {
    expect(roundTrip(BLOCKS).blocks).toEqual(BLOCKS);
  });

  it('reads the same text as blocksToText, with every text node placed in it', () => {
    const reading = roundTrip(BLOCKS);
    expect(reading.text).toBe(blocksToText(BLOCKS));
    expect(reading.text).toContain('县区\t条数\n宣汉县\t12');
    const placed = reading.segments.map((s) => reading.text.slice(s.start, s.end));
    expect(placed).toContain('粮食总产');
    expect(placed).toContain('宣汉县');
  });
});
